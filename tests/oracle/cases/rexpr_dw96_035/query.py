from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), i INT, ts TIMESTAMP, k BIGINT, b BOOLEAN, dt DATE, d DOUBLE, s STRING").json(INPUT)
result = df.groupBy(expr("(i * -1) AS k1")).agg(expr("datediff(max(least(dt, dt)), min(least(dt, dt))) AS a1"), F.count_if((col("ts") != col("dt"))).alias("a2"), F.sum((col("m") - col("m"))).alias("a3"), F.min(F.sinh(lit(2))).alias("a4"))
OUTPUT_MODE = "update"
