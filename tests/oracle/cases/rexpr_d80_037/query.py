from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(F.round(F.avg(col("d")), 2).alias("a1"), expr("count_if(coalesce((b OR (b IS NOT TRUE)), false)) AS a2")).orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
