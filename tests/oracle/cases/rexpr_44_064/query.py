from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("b").groupBy("b").agg(expr("count((2 * (i - i))) AS a1"), expr("datediff(max(trunc(dt, 'yy')), min(trunc(dt, 'yy'))) AS a2")).orderBy(col("a1").desc(), col("b").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
