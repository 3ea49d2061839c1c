from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((CAST(NULL AS STRING) < t) OR (id IS NOT NULL))").withColumn("c1", F.try_multiply(col("i"), lit(-1))).withColumn("c2", F.bround(F.nullif(F.when(col("b"), col("d")).when(col("b"), col("d")).when(col("dt").isNotNull(), lit(0.1)).otherwise(col("d")), lit(100.0)), 3)).withColumn("c3", F.isnull(F.try_to_timestamp(col("t")))).withColumn("c4", expr("(CASE WHEN (CASE WHEN b THEN s WHEN (ts IS NOT NULL) THEN 'abc' ELSE t END ILIKE '%é%') THEN m WHEN (b OR CAST(i AS BOOLEAN)) THEN (99.99 * m) WHEN (d IN (2.0D)) THEN (m / nullif(greatest(m, m, m), 0)) ELSE 0.001 END / nullif(m, 0))")).withColumn("c5", expr("(i - i)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
