from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, j INT, f FLOAT, n DECIMAL(5,3), dt DATE, d DOUBLE, m DECIMAL(12,4), i INT, b BOOLEAN, s STRING, ts TIMESTAMP, k BIGINT").json(INPUT)
result = df.where((F.regexp_like(F.sha2(col("t"), 0), lit("o$")) | col("f").isNull())).groupBy(col("d").try_cast("int").alias("k1")).agg(expr("(max(nvl2(12.345, -1.5D, 0.1D)) - min(nvl2(12.345, -1.5D, 0.1D))) AS a1"), F.max((col("j") + lit(1))).alias("a5"), expr("min(((datediff(dt, ts) + (1 * i)) - levenshtein(lower('42'), ''))) AS a2"), (F.max(col("n")) - F.min(col("n"))).alias("a3"), expr("min(ts) AS a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
