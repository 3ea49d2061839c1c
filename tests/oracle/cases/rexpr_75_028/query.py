from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, f FLOAT, ts TIMESTAMP, n DECIMAL(9,5), dt DATE, j INT, i INT, d DOUBLE, t STRING, s STRING, m DECIMAL(7,0)").json(INPUT)
result = df.groupBy(F.size(F.split(F.when((col("id") > lit(0).cast("bigint")), col("t")).when(col("n").isNotNull(), col("t")).otherwise(col("t")), ",")).alias("k1"), "i").agg(expr("count(startswith(s, '')) AS a1"), expr("sort_array(collect_set(month(to_date('2000-01-01')))) AS a2"), expr("(max(i) - min(i)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
