from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(i + i) AS k1")).agg(F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a1"), F.count(lit("42")).alias("a2"), F.count_if(col("b").isNotNull()).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
