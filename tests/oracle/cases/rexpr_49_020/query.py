from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("b"), lit(99.99).cast("decimal(4,2)")).when(col("b"), col("m")).otherwise(lit(-3.10).cast("decimal(3,2)"))).withColumn("c2", expr("CAST(j AS BOOLEAN)")).withColumn("c3", expr("(CASE WHEN (j > 2) THEN 12.345 WHEN b THEN n WHEN b THEN 1.25 END / -4.5)")).withColumn("c4", col("i")).withColumn("c5", expr("minute(ts)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
