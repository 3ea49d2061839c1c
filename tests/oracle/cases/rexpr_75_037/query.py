from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(i / nullif(d, 0))")).withColumn("c2", expr("if(coalesce(CAST(NULL AS BOOLEAN), (t > 'Hello'), true), bround(m, 0), CAST(NULL AS DECIMAL(10,2)))")).withColumn("c3", F.when(col("id").isNotNull(), F.nullif(col("d"), lit(2.0))).otherwise(col("d"))).withColumn("c4", expr("(i + i)")).withColumn("c5", F.lower(col("t"))).select("id", "c1", "c2", "c3", "c4", "c5").where("(t > '2024-02-29')")
OUTPUT_MODE = "append"
