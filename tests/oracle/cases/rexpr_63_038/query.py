from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.upper(F.substring(col("s"), -3, 1)).alias("c1"), (col("dt") != F.to_date(lit("2023-12-31"))).alias("c2"))
OUTPUT_MODE = "append"
