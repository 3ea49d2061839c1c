from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.regexp_extract(col("s"), "^(\\S*)", 1).like("_").alias("k1")).agg(F.count((col("k") > col("f"))).alias("a1"), F.count_if(F.isnan(F.acosh(F.abs(F.rint(col("f"))) + lit(1)))).alias("a2"), expr("min(ts) AS a3"), expr("round(var_pop(-1), 6) AS a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
