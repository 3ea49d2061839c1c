from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(nullif(12.345, 0.001) - m) AS c1", "(s < t) AS c2", "(nullif(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'), TIMESTAMP'2024-02-29 00:00:00') - INTERVAL 1 DAY) AS c3").where("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
