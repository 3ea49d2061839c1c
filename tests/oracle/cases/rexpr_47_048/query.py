from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s").agg(expr("bool_and((k >= d)) AS a1"), expr("min(pmod(i, nullif(j, 0))) AS a2"), expr("max(size(split('', '[aeiou]'))) AS a3")).orderBy(col("a1").desc(), col("s").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
