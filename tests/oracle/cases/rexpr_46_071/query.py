from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.date_trunc("HOUR", (col("ts") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).alias("c1"), (col("i") * lit(3)).alias("c2"), expr("repeat('42', 1)").alias("c3"))
OUTPUT_MODE = "append"
