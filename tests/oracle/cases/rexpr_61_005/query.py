from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("substring(substr(' ', -3, 0), 0, 0) AS k1")).agg((F.max(F.size(F.split(col("t"), ","))) - F.min(F.size(F.split(col("t"), ",")))).alias("a1"), (F.max(lit(0.001)) - F.min(lit(0.001))).alias("a2"), F.max(col("id")).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
