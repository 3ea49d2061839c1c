from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("concat_ws(', ', CAST(dt AS STRING), s) AS k1")).agg((F.max(col("i")) - F.min(col("i"))).alias("a1"), expr("min(ts) AS a2"), F.sum(F.abs(lit(-1))).alias("a3"))
OUTPUT_MODE = "update"
