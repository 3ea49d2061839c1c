from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.nullif(F.xxhash64(col("i").cast("boolean"), (col("f") / F.nullif(col("i"), lit(0)))), lit(86400).cast("bigint")).alias("c1"), expr("abs(m) AS c2"), F.when(col("b"), F.when((col("f") < lit(-1.5)), lit(3)).when(col("b"), lit(2))).when(col("b"), F.when((col("dt") <= F.to_date(lit("2023-12-31"))), col("i")).when(col("b"), col("i")).otherwise(col("i"))).otherwise(col("i")).cast("double").alias("c3"), expr("(i * 0)").alias("c4"), expr("regexp_replace(rpad(CAST(greatest(ts, ts, ts) AS STRING), 0, 'ab'), '[aeiou]', '*') AS c5")).filter("((1000L IS NULL) OR (f IS NULL))")
OUTPUT_MODE = "append"
