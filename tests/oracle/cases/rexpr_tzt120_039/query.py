spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "ceiling(CASE WHEN abs(round((id / nullif(0.1D, 0)), 3)) < 1e9D THEN round((id / nullif(0.1D, 0)), 3) END) AS c1", "endswith(s, 'a') AS c2", "(NOT (dt > DATE'2024-02-29'))")
OUTPUT_MODE = "append"
