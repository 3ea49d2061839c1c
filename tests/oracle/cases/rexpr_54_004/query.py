from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("dateadd(dt, i) AS k1"), expr("CAST(m AS DOUBLE) AS k2")).agg(expr("max(t) AS a1"), expr("count(crc32(CAST(d AS STRING))) AS a2"), (F.max(col("d")) - F.min(col("d"))).alias("a3"), expr("count(i) AS a4")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
