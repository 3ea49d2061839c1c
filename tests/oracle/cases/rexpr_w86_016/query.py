from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("b") | (col("m") >= expr("1.25")))).groupBy(F.mask(col("s")).alias("k1")).agg((F.max(F.log2(F.abs(col("i").cast("double")) + lit(1))) - F.min(F.log2(F.abs(col("i").cast("double")) + lit(1)))).alias("a1"), expr("datediff(max(CASE WHEN b THEN dt WHEN (dt >= to_date('2000-01-01')) THEN to_date('2025-03-01') WHEN b THEN dt END), min(CASE WHEN b THEN dt WHEN (dt >= to_date('2000-01-01')) THEN to_date('2025-03-01') WHEN b THEN dt END)) AS a2"), F.max(F.when(col("b"), col("ts")).when((~col("b")), col("ts")).when(col("b"), col("ts")).otherwise(col("ts"))).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
