from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("b") | expr("((weekday(next_day(dt, 'fri')) > 2) = true)")).alias("c1"), F.greatest(F.when(col("b"), F.to_timestamp(lit("2024-02-29 00:00:00"))).when((col("m") != lit(.5).cast("decimal(2,1)")), col("ts")).otherwise(col("ts")), F.to_timestamp(lit("2024-03-01 12:30:00.123456")), F.when(col("m").isNull(), F.timestamp_seconds(col("i"))).when((col("d") > expr("0.001")), F.when(col("b"), col("ts")).when(col("id").isNotNull(), col("ts")).when(col("b"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).otherwise(col("ts"))).otherwise(F.try_to_timestamp(col("s")))).alias("c2"))
OUTPUT_MODE = "append"
