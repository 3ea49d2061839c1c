spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), i INT, dt DATE, s STRING, d DOUBLE, ts TIMESTAMP, n DECIMAL(5,3)").load(INPUT)
result = df.selectExpr("i", "(trunc(coalesce(dt, DATE'2023-12-31'), 'WEEK') IS NOT NULL) AS c1", "(3 * i) AS c2", "trunc(CASE (d IS NOT NULL) WHEN false THEN DATE'2023-12-31' WHEN false THEN dt ELSE dt END, 'mon') AS c3", "month(ts) AS c4", "CASE WHEN i THEN 1 ELSE 0 END AS c5", "last_day(add_months(date_add(to_date('2025-03-01'), i), i)) AS c6").filter(F.coalesce((col("c6") < F.next_day(col("c6"), "fri")), lit(True)))
OUTPUT_MODE = "append"
