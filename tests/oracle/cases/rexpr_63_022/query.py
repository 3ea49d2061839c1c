from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST((id % nullif(i, 0)) AS DOUBLE)")).withColumn("c2", expr("(timestamp_seconds(i) + INTERVAL '90' MINUTE)")).withColumn("c3", expr("((s > '日本') OR ((NOT (-1.5D = i)) AND (ts <> TIMESTAMP'2024-02-29 00:00:00')))")).select("id", "c1", "c2", "c3").filter((lit("é").rlike("^\\s") | col("c3").isNotNull()))
OUTPUT_MODE = "append"
