from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("if(b, (i * 2), j) AS c1"), expr("((i % nullif(i, 0)) - (3L % nullif(-4, 0))) AS c2"), expr("CAST(k AS BOOLEAN)").alias("c3"), expr("startswith(least('Hello', CAST(ts AS STRING), lower('2024-02-29')), 'o') AS c4"), expr("isnan(greatest(CASE WHEN (f < 0.1D) THEN d WHEN (n = 0.001) THEN f ELSE f END, 100.0D))").alias("c5")).filter((col("t") == lit("o")))
OUTPUT_MODE = "append"
