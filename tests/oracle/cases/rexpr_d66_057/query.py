from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, f FLOAT, d DOUBLE, t STRING, i INT, s STRING, j INT, dt DATE, m DECIMAL(38,10), b BOOLEAN").load(INPUT)
result = df.select("i", expr("round(0.1D, 1)"), expr("greatest(ts, date_trunc('MINUTE', ts), ts) AS c2"), F.when(col("t").contains("é"), col("id")).when(col("j").isNotNull(), col("id")).when((col("b") & col("b")), F.floor(F.when(F.abs(F.round(col("f"), 3)) < lit(1e9), F.round(col("f"), 3)))).alias("c3"), F.try_to_timestamp(col("s")).alias("c4"), expr("coalesce(CASE WHEN b THEN 1.25 WHEN b THEN m WHEN (f < 0.5D) THEN m END, m, 1.25)").alias("c5")).filter((F.regexp_like(F.when((col("d") == lit(3.75)), lit("abc")).when(col("b"), col("s")).otherwise(col("s")), lit("[aeiou]{2}")) | col("b").isNull()))
OUTPUT_MODE = "append"
