from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (lit(100) > lit(-2).cast("bigint")).alias("c1"), F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm").alias("c2"), F.nullif(F.greatest(col("ts"), col("ts")), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c3"), expr("repeat(translate(lower(t), 'abc', ''), 3) AS c4")).filter(F.coalesce((col("i") != col("d")), lit(True)))
OUTPUT_MODE = "append"
