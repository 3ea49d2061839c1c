from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, k BIGINT, m DECIMAL(18,6), d DOUBLE, i INT, dt DATE, b BOOLEAN, s STRING, ts TIMESTAMP").json(INPUT)
result = df.filter((col("dt") == F.to_date(lit("2024-02-29")))).withColumn("c1", expr("unix_timestamp((timestamp_seconds(quarter(dt)) + INTERVAL '90' MINUTE))")).withColumn("c2", expr("CAST(TIMESTAMP_NTZ'2025-11-02 01:30:00' + INTERVAL -36 HOURS AS STRING)").contains("H")).select("id", "c1", "c2").filter("(m > 0.001)")
OUTPUT_MODE = "append"
