from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, d DOUBLE, m DECIMAL(18,6), b BOOLEAN, n DECIMAL(4,1), s STRING, dt DATE, j INT, k BIGINT, i INT").load(INPUT)
result = df.select("id", expr("(- CAST(CASE WHEN (d >= 100.0D) THEN (m <> -3.10) WHEN (NOT b) THEN (m <> -3.10) ELSE b END AS INT))").alias("c1"), F.when(col("b"), col("dt").cast("timestamp")).when((col("m") != col("d")), F.greatest(col("ts"), col("s").try_cast("timestamp"))).when((col("ts").isNotNull() | col("i").isNotNull()), F.try_to_timestamp(col("s"))).otherwise((F.date_trunc("HOUR", col("ts")) - expr("INTERVAL 36 HOURS"))).alias("c2"), expr("nullif(m, 0.5)").alias("c3"), (F.round(col("n"), 2) / expr("-4.5")).alias("c4"), F.date_trunc("QUARTER", F.when((col("d") >= lit(2.0)), col("ts")).otherwise(col("ts"))))
OUTPUT_MODE = "append"
