from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("hex(unbase64('é')) AS k1")).agg(F.round(F.stddev(F.pow(F.cbrt(col("d")), -1.0)), 6).alias("a1"), expr("percentile_cont(0.5) WITHIN GROUP (ORDER BY i)").alias("a2"), expr("datediff(max(add_months(element_at(array_sort(array(dt, DATE'2024-02-29', DATE'2024-02-29')), 1), i)), min(add_months(element_at(array_sort(array(dt, DATE'2024-02-29', DATE'2024-02-29')), 1), i))) AS a3"), F.try_sum(col("i")).alias("a4"))
OUTPUT_MODE = "update"
