from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce(col("b"), lit(True))).withColumn("c1", F.greatest(col("id"), col("id"))).withColumn("c2", expr("CASE WHEN b THEN ts WHEN (s > t) THEN ts WHEN b THEN ts END")).withColumn("c3", (-F.coalesce(F.nullif(F.when(col("dt").isNotNull(), col("m")).otherwise(col("m")), lit(100).cast("decimal(3,0)")), col("m"), lit(100).cast("decimal(3,0)")))).withColumn("c4", expr("floor((12.345 / nullif(i, 0)))")).withColumn("c5", (F.to_date(lit("2000-01-01")) > col("dt"))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
