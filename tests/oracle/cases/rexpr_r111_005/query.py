from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, b BOOLEAN, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(10,2), t STRING, dt DATE, s STRING").json(INPUT)
result = df.groupBy(F.when((col("t") <= lit("2024-02-29")), F.to_date(lit("2025-03-01"))).when(col("b"), F.to_date(lit("2024-02-29"))).when((col("i") >= lit(5)), col("dt")).otherwise(col("dt")).alias("k1")).agg(expr("max(dt) AS a1"), expr("min_by(element_at(array_sort(array(dt, trunc(dt, 'yy'), DATE'2024-02-29')), 1), 0.001D) AS a2"), F.count_if((col("b") & col("b"))).alias("a3"), expr("any_value(b IS NOT NULL)").alias("a4"))
OUTPUT_MODE = "update"
