from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, s STRING, m DECIMAL(10,2), k BIGINT, dt DATE, i INT").load(INPUT)
result = df.groupBy(col("i").alias("k1")).agg(expr("round(avg(dayofyear(make_date(year(dt), pmod(i, 12) + 1, 1))), 3) AS a1"), F.max((col("dt") > lit(5))).alias("a3"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
