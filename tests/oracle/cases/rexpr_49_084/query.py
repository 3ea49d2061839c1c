from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.repeat(col("t"), 0).isin(lit("Hello"))).withColumn("c2", F.ifnull(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c3", col("s").try_cast("bigint")).withColumn("c4", expr("ceil(CASE WHEN abs(round(months_between(nullif(to_date('2024-02-29'), to_date('2000-01-01')), CASE WHEN b THEN DATE'2024-02-29' WHEN (k IS NOT NULL) THEN to_date('2023-12-31') ELSE dt END), 3)) < 1e9D THEN round(months_between(nullif(to_date('2024-02-29'), to_date('2000-01-01')), CASE WHEN b THEN DATE'2024-02-29' WHEN (k IS NOT NULL) THEN to_date('2023-12-31') ELSE dt END), 3) END)")).drop("j", "k", "m", "dt", "ts")
OUTPUT_MODE = "append"
