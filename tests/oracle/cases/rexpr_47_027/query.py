from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "d", expr("CAST(ifnull(ts, TIMESTAMP'2024-03-01 12:30:00.123456') AS DATE) AS c1"), expr("translate(replace(s, 'o', '0'), ' ', '_')").alias("c2"), expr("coalesce(ts, TIMESTAMP'2024-02-29 00:00:00') AS c3"))
OUTPUT_MODE = "append"
