from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, d DOUBLE, k BIGINT, j INT, m DECIMAL(10,2), i INT, s STRING, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("string(hash(k)) AS k1")).agg(expr("(max(round(greatest(d, d), 2)) - min(round(greatest(d, d), 2))) AS a1"), F.avg(((col("i") - col("id")) + col("i"))).alias("a2"))
OUTPUT_MODE = "update"
