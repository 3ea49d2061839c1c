from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, j INT, k BIGINT, m DECIMAL(18,6), ts TIMESTAMP, i INT, t STRING, d DOUBLE").json(INPUT)
result = df.groupBy(expr("(i IN (3, 10, 5)) AS k1")).agg(expr("percentile_cont(0.5) WITHIN GROUP (ORDER BY i)").alias("a1"), F.max(F.schema_of_json(col("s"))).alias("a4"), expr("median(bround(m, 0))").alias("a2"), F.last_value(col("t")).alias("a3"))
OUTPUT_MODE = "update"
