from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(CASE WHEN (d <> k) THEN (b IS NOT TRUE) WHEN b THEN (ts > TIMESTAMP'2024-02-29 00:00:00') END OR (s IS NULL))").select("id", "j", expr("TRY_CAST(-1.5D AS INT) AS c1"), expr("(id - i)").alias("c2"), expr("ceil(d) AS c3"), expr("left(nullif(t, 'x-y'), 1)").alias("c4"))
OUTPUT_MODE = "append"
