from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select((col("i") + col("i")).alias("c1"), F.last_day(F.to_date(lit("2025-03-01"))), col("s").startswith("é"), F.coalesce(col("s"), lit("日本")).alias("c4")).filter((col("c1") <= lit(10)))
OUTPUT_MODE = "append"
