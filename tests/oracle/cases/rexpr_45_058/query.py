from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when((col("m") < lit(.001).cast("decimal(4,3)")), (col("n") - col("i"))).when((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))), col("n")).when(col("b"), col("n")).otherwise(col("n"))).withColumn("k", expr("(i - CAST(i AS BIGINT))")).select("id", "c1").where("(CASE WHEN true THEN (-3.10 IN (100BD, 1.25)) WHEN (-1 NOT IN (2)) THEN (c1 IS NOT NULL) WHEN (id <= -2L) THEN (id > 3L) ELSE (c1 >= 0.001) END OR (id IS NULL))")
OUTPUT_MODE = "append"
