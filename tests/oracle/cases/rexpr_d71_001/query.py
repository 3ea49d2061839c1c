from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(expr("sum(CASE WHEN (n > k) THEN ceiling(CASE WHEN b THEN n WHEN (m < 99.99) THEN m WHEN b THEN 99.99 ELSE m END, 1) ELSE 0 END) AS a1"), expr("round(avg(try_subtract(try_add(d, d), d)), 2) AS a2")).orderBy(col("a1").desc(), col("s").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
