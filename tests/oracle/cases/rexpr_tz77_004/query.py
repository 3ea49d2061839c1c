spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, ts TIMESTAMP, j INT, t STRING, m DECIMAL(10,2), d DOUBLE, i INT, s STRING").load(INPUT)
result = df.where("((t <= s) OR (t IS NOT NULL))").select("id", expr("CASE WHEN (m = 0.5) THEN (m + m) WHEN (0.5 <=> i) THEN m ELSE (m / nullif(i, 0)) END AS c1"), F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"), col("t").like("H%").alias("c3"), expr("abs(i)").alias("c4")).filter((lit("x-y").rlike("o$") | col("c1").isNotNull()))
OUTPUT_MODE = "append"
