from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, ts TIMESTAMP, i INT, m DECIMAL(10,2), d DOUBLE, n DECIMAL(4,1), dt DATE, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", expr("CAST(dt AS TIMESTAMP)")).withColumn("c2", expr("CASE WHEN (d = 3.75D) THEN CASE WHEN (-4 IN (0, 0, 10)) THEN CAST(100 AS DOUBLE) WHEN b THEN (id / 10) ELSE d END WHEN (b OR b) THEN d WHEN (ts IS NOT NULL) THEN d ELSE d END")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
