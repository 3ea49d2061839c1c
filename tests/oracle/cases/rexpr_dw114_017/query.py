from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.nvl2(col("dt"), lit(0.5), lit(100.0)).alias("k1")).agg(expr("round(avg(ceil((m - m), 1)), 2) AS a1"), F.max(col("m")).alias("a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
