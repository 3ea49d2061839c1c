from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST((i < CAST(0.001 AS DOUBLE)) AS DECIMAL(6,3))")).withColumn("c2", (F.when(col("b"), col("id")).when((col("id") >= lit(1).cast("bigint")), lit(3).cast("bigint")).otherwise(col("id")) / F.nullif(F.hash(col("id"), col("id")), lit(0))).isin(lit(0.1), lit(0.001), lit(0.5))).withColumn("c3", expr("id")).withColumn("c4", F.coalesce((lit(-3.10).cast("decimal(3,2)") * col("m")), expr("0.5"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
