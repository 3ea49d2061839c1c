from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("s").isNotNull()).when(col("b"), col("dt").isNull()).when(col("b"), col("d").isNotNull()).otherwise(col("k").isNotNull()) | col("k").isNotNull())).groupBy(expr("CASE (f != m) WHEN true THEN try_add(d, d) ELSE bround(d, 0) END").alias("k1")).agg(F.count(F.array_contains(F.split(col("s"), ","), "Hello")).alias("a1"), F.sum(F.when(F.array_contains(F.split(F.right(col("s"), lit(2)), ","), "Hello"), col("m")).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
