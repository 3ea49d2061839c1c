from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, f FLOAT, b BOOLEAN, d DOUBLE, k BIGINT, j INT, i INT, n DECIMAL(5,3), s STRING, ts TIMESTAMP, dt DATE, m DECIMAL(38,10)").load(INPUT)
result = df.select("id", (F.ceil(col("n"), -1) / F.nullif(lit(None).cast("decimal(10,2)"), lit(0))).cast("double").alias("c1"), expr("greatest(f, exp(dayofyear(CASE WHEN false THEN dt WHEN b THEN dt WHEN b THEN dt END)), CASE WHEN TRY_CAST(t AS BOOLEAN) THEN d WHEN (j = 5) THEN 0.5D ELSE months_between(ts, dt) END)").alias("c2"), expr("ascii(substr(s, 1, 1))"), col("dt").cast("timestamp").alias("c4"), (F.try_subtract(lit(0.001), col("d")) / F.nullif(F.least(col("j"), col("j"), col("i")), lit(0))).alias("c5"))
OUTPUT_MODE = "append"
