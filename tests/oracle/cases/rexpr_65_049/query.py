from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, n DECIMAL(4,1), i INT, m DECIMAL(7,0), d DOUBLE, dt DATE, t STRING, ts TIMESTAMP, b BOOLEAN").json(INPUT)
result = df.select("id", F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c1"), F.from_unixtime(F.when(col("b"), col("id"))).alias("c2"), F.coalesce(col("i"), col("i"), lit(10)))
OUTPUT_MODE = "append"
