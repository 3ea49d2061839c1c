from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN (d >= 0.5D) THEN dt WHEN b THEN dt WHEN b THEN dt ELSE dt END AS k1")).agg(F.count((col("m") + col("m"))).alias("a1"), expr("bool_and(b) AS a2"))
OUTPUT_MODE = "complete"
