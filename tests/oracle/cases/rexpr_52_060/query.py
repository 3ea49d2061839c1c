from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("b AS k1")).agg(F.min(F.when(col("b"), col("d")).when((~col("b")), col("d")).when((col("id") < lit(1).cast("bigint")), col("d")).otherwise(col("d"))).alias("a1"), F.max(F.size(F.split(col("s"), "  *"))).alias("a2"), expr("min((-2L - (1 - id))) AS a3"), F.round(F.avg((col("id") / F.nullif(col("d"), lit(0)))), 2).alias("a4"))
OUTPUT_MODE = "update"
