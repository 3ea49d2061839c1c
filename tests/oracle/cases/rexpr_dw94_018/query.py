from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("dt").alias("k1"), F.hash(col("d")).alias("k2")).agg(F.sort_array(F.collect_set(F.size(F.array_distinct(F.split(col("t"), "-"))))).alias("a1"), expr("count_if(contains('42', 'o')) AS a2"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a3"))
OUTPUT_MODE = "complete"
