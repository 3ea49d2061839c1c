from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.make_date(F.year(F.to_date(lit("2000-01-01"))), F.month(F.to_date(lit("2000-01-01"))), F.least(F.dayofmonth(F.to_date(lit("2000-01-01"))), lit(28))), F.nullif(col("m"), expr("1.25")).alias("c2"), F.xxhash64(F.nullif(F.crc32(col("t")), lit(1000).cast("bigint")), (col("k") <= col("id"))).alias("c3"), F.when(col("b"), col("d")).when(col("s").isNotNull(), col("f")).when(col("b"), col("f")).otherwise(col("f")).alias("c4"), expr("CASE WHEN forall(split(s, ' '), x -> x = 'a') THEN pmod(i, -4) WHEN b THEN try_add(abs(i), i) ELSE j END AS c5"))
OUTPUT_MODE = "append"
