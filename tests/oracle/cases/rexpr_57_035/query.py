from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when((col("j") >= lit(0)), col("j")).otherwise(col("t").try_cast("int"))).withColumn("c2", F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3)))).withColumn("c3", F.octet_length(F.trim(F.when((~col("d").isin(lit(0.1))), F.nullif(col("t"), lit("")))))).withColumn("c4", expr("date_trunc('QUARTER', nullif(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-02-29 00:00:00'))")).drop("j", "k", "d", "f", "m", "s", "ts").filter("((s > 'a') OR (s IS NULL))")
OUTPUT_MODE = "append"
