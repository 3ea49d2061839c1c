from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, k BIGINT, j INT, s STRING, i INT, dt DATE, d DOUBLE, m DECIMAL(18,6), t STRING, ts TIMESTAMP").load(INPUT)
result = df.where("((t != s) OR (j <> 10))").groupBy(F.dayofmonth(F.to_date(lit("2024-02-29"))).alias("k1")).agg(expr("avg(-2L) AS a1"), F.count_if(F.isnan(F.atan2(col("d"), col("i")))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
