from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("i") + col("m")).alias("c1"), ((col("ts") + expr("INTERVAL '1-2' YEAR TO MONTH")) - expr("INTERVAL 1 DAY")).alias("c2"), expr("coalesce(i, i, 2)").alias("c3"), expr("CASE WHEN (dt <> to_date('2000-01-01')) THEN timestamp_seconds(length(s)) WHEN (i <= m) THEN ts ELSE nullif((ts - INTERVAL '90' MINUTE), TIMESTAMP'2024-03-01 12:30:00.123456') END").alias("c4")).where("(c3 < 1)")
OUTPUT_MODE = "append"
