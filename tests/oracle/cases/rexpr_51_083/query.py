from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(ts < TIMESTAMP'2024-02-29 00:00:00')").select("id", col("id").cast("boolean").alias("c1"), F.next_day(col("dt"), "SUN").alias("c2"), F.abs(F.bround(col("n"), 3)).alias("c3"), (F.greatest(col("n"), col("n")) / expr("2.5")).alias("c4"))
OUTPUT_MODE = "append"
