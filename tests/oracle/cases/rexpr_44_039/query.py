from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.date_add(F.date_sub(col("dt"), col("i")), col("i")).alias("c1"), expr("array_join(split(s, '  *'), '-') AS c2"), F.greatest(col("s"), col("t"), lit("a")).alias("c3"), expr("((n * m) + months_between(TIMESTAMP'2024-02-29 00:00:00', dt))").alias("c4"))
OUTPUT_MODE = "append"
