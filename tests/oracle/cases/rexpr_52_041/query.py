from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, b BOOLEAN, dt DATE, t STRING, m DECIMAL(10,2), i INT, d DOUBLE, s STRING, f FLOAT, ts TIMESTAMP, k BIGINT").load(INPUT)
result = df.groupBy(F.date_add(F.date_add(col("dt"), lit(2)), lit(3)).alias("k1")).agg(F.avg(col("m")).alias("a1"), F.max(col("dt")).alias("a2"), expr("(max(i) - min(i)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
