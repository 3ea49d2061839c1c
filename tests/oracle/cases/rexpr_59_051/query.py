from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt", "b").agg(F.count_if((col("b") & col("b"))).alias("a1"), F.avg(F.months_between(col("dt"), col("ts"))).alias("a2"), expr("datediff(max(((dt - INTERVAL -10 DAYS) - INTERVAL 2 YEARS)), min(((dt - INTERVAL -10 DAYS) - INTERVAL 2 YEARS))) AS a3")).filter("a1 IS NOT NULL").orderBy("dt", "b")
OUTPUT_MODE = "complete"
ORDERED = True
