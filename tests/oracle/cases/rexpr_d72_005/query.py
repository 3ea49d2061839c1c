from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((~(col("id") != lit(-2).cast("bigint"))) | (col("m") != expr("100BD")))).select("id", (F.date_trunc("DAY", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))) + expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c1"), F.try_to_date(col("t")).alias("c2"))
OUTPUT_MODE = "append"
