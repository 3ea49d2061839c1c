from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, m DECIMAL(38,10), dt DATE, t STRING, n DECIMAL(20,0), ts TIMESTAMP, i INT, s STRING").load(INPUT)
result = df.select("id", expr("(-1 - d)"), F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).cast("string").alias("c2"), F.greatest(col("dt"), col("dt"), col("dt")).alias("c3"))
OUTPUT_MODE = "append"
