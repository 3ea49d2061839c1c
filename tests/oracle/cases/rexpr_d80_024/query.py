from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, b BOOLEAN, t STRING, n DECIMAL(20,0), s STRING, i INT, ts TIMESTAMP, m DECIMAL(38,10), k BIGINT, d DOUBLE").load(INPUT)
result = df.groupBy(F.regexp_replace(F.substring(col("t"), 0, 3), " +", "_").alias("k1")).agg(expr("round(avg(d), 2) AS a1"), expr("bool_or(b) AS a2"), expr("(max(i) - min(i)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
