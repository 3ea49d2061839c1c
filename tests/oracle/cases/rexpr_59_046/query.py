from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, ts TIMESTAMP, d DOUBLE, t STRING, b BOOLEAN, n DECIMAL(5,3), i INT, s STRING, dt DATE, m DECIMAL(10,2)").json(INPUT)
result = df.groupBy((col("d") - col("id")).alias("k1")).agg(expr("max(CAST((NOT b) AS INT)) AS a1"), expr("count(nullif(nvl2(ts, ts, TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'1999-12-31 23:59:59.999')) AS a2"), F.max(col("t")).alias("a3"))
OUTPUT_MODE = "update"
