spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((ts <= TIMESTAMP'1999-12-31 23:59:59.999'), true)").selectExpr("id", "CASE WHEN true THEN TIMESTAMP'2024-02-29 00:00:00' WHEN ((i <> 10) <=> (f < 2.0D)) THEN ts WHEN isnan(try_divide(i, j)) THEN (coalesce(ts, TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL '1-2' YEAR TO MONTH) ELSE least(ts, CASE WHEN (id >= 0L) THEN ts ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END) END AS c1", "add_months(try_to_date(s), i) AS c2", "(10 * id)").filter((col("i") < lit(3)))
OUTPUT_MODE = "append"
