from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("dayofmonth(least(dt, dt, dt)) AS k1")).agg(expr("count_if((m != j)) AS a1"), F.min(F.when(((col("dt") > col("ts")) | (col("i") > lit(3))), lit(-1.5)).when(col("j").isNotNull(), col("d")).otherwise(col("d"))).alias("a2"), expr("datediff(max(dt), min(dt)) AS a3"), expr("(max((m + ln(100.0D))) - min((m + ln(100.0D)))) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
