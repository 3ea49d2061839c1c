from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((col("i") - col("i")).alias("k1")).agg(expr("round(avg((m / 7.5)), 0) AS a1"), expr("count_if((id != d)) AS a2"), expr("count(nvl2(i, m, 100BD)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
