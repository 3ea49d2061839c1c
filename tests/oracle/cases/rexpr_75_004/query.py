from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (id < k) THEN CASE WHEN (j < 5) THEN to_date('2023-12-31') WHEN (id <> 86400L) THEN dt ELSE to_date('2000-01-01') END END")).withColumn("ts", F.nullif(F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c3", expr("(1 - size(split(s, '  *')))")).select("id", "c1", "c3")
OUTPUT_MODE = "append"
