from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(expr("sum(CASE WHEN ((b IS NOT TRUE) <= b) THEN 10 ELSE 0 END) AS a1"), expr("bool_and(CAST(i AS BOOLEAN)) AS a2")).orderBy(col("a1").desc(), col("dt").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
