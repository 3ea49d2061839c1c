from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(F.regexp_like(col("s"), lit("^[A-Z]")), lit(True))).groupBy(expr("TRY_CAST(i AS INT) AS k1")).agg(F.count_if(col("k").cast("boolean")).alias("a1"), F.max((col("m") / col("i"))).alias("a3"), F.sum(((col("m") - expr("-3.10")) - col("m"))).alias("a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
