from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("count_if((i IN (10, 0, 1))) AS a1"), F.bool_or((col("id") > lit(86400).cast("bigint"))).alias("a2"), expr("avg((id * d)) AS a3")).orderBy("dt")
OUTPUT_MODE = "complete"
ORDERED = True
