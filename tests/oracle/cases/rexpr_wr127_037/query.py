from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, m DECIMAL(10,2), dt DATE, j INT, i INT, d DOUBLE, t STRING, ts TIMESTAMP, k BIGINT, f FLOAT").json(INPUT)
result = df.groupBy("t").agg(F.round(F.stddev(F.rint(col("m"))), 6).alias("a1"), expr("(max(CASE WHEN (f > 0.5D) THEN m WHEN (k <> 3L) THEN m ELSE m END) - min(CASE WHEN (f > 0.5D) THEN m WHEN (k <> 3L) THEN m ELSE m END)) AS a2"))
OUTPUT_MODE = "update"
