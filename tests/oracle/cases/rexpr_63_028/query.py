from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (hash(TIMESTAMP'2024-03-01 12:30:00.123456') < id) THEN CASE WHEN true THEN ts ELSE ts END ELSE nullif(CASE WHEN (t IS NOT NULL) THEN ts WHEN (d >= 0.5D) THEN ts WHEN (i < 10) THEN ts ELSE ts END, TIMESTAMP'1999-12-31 23:59:59.999') END")).withColumn("c2", F.round(F.when((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("d")).when((col("c1") >= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("d")).otherwise((col("id") / lit(10))), 0)).withColumn("c3", expr("nvl(0.001, 100BD)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
