from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("s").alias("k1")).agg(F.count_if((col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("a1"), expr("round(avg(i), 0) AS a2"), F.sort_array(F.collect_set(F.left(F.lpad(col("s"), 8, "*"), lit(0)))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
