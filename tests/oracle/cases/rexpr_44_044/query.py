from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, j INT, m DECIMAL(12,4), s STRING, ts TIMESTAMP, i INT, b BOOLEAN, d DOUBLE, dt DATE").json(INPUT)
result = df.withColumn("c1", (F.date_trunc("yyyy", col("ts")) + expr("INTERVAL '90' MINUTE"))).withColumn("c2", F.hash(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).drop("f", "j", "s", "ts", "dt").where("coalesce((((dt <= to_date('2025-03-01')) OR CAST(NULL AS BOOLEAN)) AND isnan(f)), true)")
OUTPUT_MODE = "append"
