spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT trunc(DATE'2025-03-01', 'Q') AS k1, round(avg(m), 0) AS a1, datediff(max(dt), min(dt)) AS a2, datediff(max(make_date(year(dt), 2, 1)), min(make_date(year(dt), 2, 1))) AS a3 FROM src GROUP BY trunc(DATE'2025-03-01', 'Q')")
OUTPUT_MODE = "update"
