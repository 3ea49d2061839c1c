spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, ts TIMESTAMP, d DOUBLE, m DECIMAL(18,6), j INT, i INT, dt DATE, b BOOLEAN, t STRING").load(INPUT)
result = df.withColumn("c1", (F.when(col("s").ilike("a%"), F.nullif(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("2024-02-29 00:00:00")))).when((col("s") != lit("")), F.nvl2(col("j"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).otherwise(F.greatest(col("ts"), col("ts"), col("ts"))) + expr("INTERVAL '90' MINUTE"))).withColumn("c2", (F.substring(lit("Hello"), 2, 0).startswith("o") & (col("s") < lit("日本")))).withColumn("c3", F.when((lit(None).cast("timestamp") < F.when(col("m").isNotNull(), lit(None).cast("date")).otherwise(F.to_date(lit("2025-03-01")))), F.make_date(lit(2024), lit(12), lit(1))).otherwise(F.date_from_unix_date(col("i")))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
