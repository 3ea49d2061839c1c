from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("pmod(i, nullif(j, 0)) AS k1")).agg(F.count_if((col("m") - col("m")).isin(expr("1.25")).isNull()).alias("a1"), F.sort_array(F.collect_set(F.locate("l", col("t"), 1))).alias("a2"), expr("count_if(isnan((d - id))) AS a3"))
OUTPUT_MODE = "update"
