from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("hour(ts) AS k1")).agg(expr("count_if((ts <= TIMESTAMP'2024-02-29 00:00:00')) AS a1"), F.max(F.date_trunc("MONTH", col("ts"))).alias("a2"), F.sort_array(F.collect_set(col("s"))).alias("a3"))
OUTPUT_MODE = "update"
