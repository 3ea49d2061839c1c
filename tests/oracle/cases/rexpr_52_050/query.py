from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce((isnan(d) AND (CAST(NULL AS TIMESTAMP) >= ts)), false))").select("id", F.least(F.pow((col("m") - lit(100.0)), 2.0), F.coalesce(col("d"), lit(2.0))).alias("c1"), expr("make_date(2024, i, 1)").alias("c2"), F.least(col("ts"), col("ts"), lit(None).cast("timestamp")))
OUTPUT_MODE = "append"
