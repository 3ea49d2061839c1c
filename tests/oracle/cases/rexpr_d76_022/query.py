from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce(array_contains(split(right(s, 0), ','), 'Hello'), false))").groupBy(expr("nullif(format_number(n, 0), ' ') AS k1"), col("d").alias("k2")).agg((F.max((col("i") - col("d"))) - F.min((col("i") - col("d")))).alias("a1"), (F.max(lit(100).cast("decimal(3,0)")) - F.min(lit(100).cast("decimal(3,0)"))).alias("a2"), F.sum(F.when(F.isnan(lit(2.0)), (F.floor(col("m")) + col("m"))).otherwise(lit(0))).alias("a3"), F.count_if(col("ts").isNull()).alias("a4"))
OUTPUT_MODE = "update"
