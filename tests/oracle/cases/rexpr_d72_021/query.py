from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce((i <> j), false))").select("id", "t", F.greatest(col("ts"), col("ts"), col("ts")).alias("c1"), F.try_to_timestamp(col("t")).alias("c2"), expr("(ts + INTERVAL 1 DAY)").alias("c3")).filter(((col("i") < col("m")) | col("s").isNull()))
OUTPUT_MODE = "append"
