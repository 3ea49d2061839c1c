from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("j").agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), expr("min(coalesce(id, 3L)) AS a2"))
OUTPUT_MODE = "update"
