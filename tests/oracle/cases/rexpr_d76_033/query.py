from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), j INT, ts TIMESTAMP, d DOUBLE, s STRING, i INT, b BOOLEAN, dt DATE, k BIGINT").json(INPUT)
result = df.select("id", F.nvl2(col("ts"), col("j"), lit(-1)).alias("c1"), expr("least(ts, ts)").alias("c2"))
OUTPUT_MODE = "append"
