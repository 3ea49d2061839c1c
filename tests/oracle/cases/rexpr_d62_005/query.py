from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("nullif(0.001, 1.25)").alias("c1"), expr("format_string('%s', d)").alias("c2"), expr("split_part(lower(CASE WHEN (n <= 100BD) THEN s WHEN b THEN t ELSE s END), '-', 2)").alias("c3"), F.timestamp_millis(F.length(lit("a"))).alias("c4"), expr("CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END").alias("c5"))
OUTPUT_MODE = "append"
