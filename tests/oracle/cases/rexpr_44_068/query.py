from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", expr("CASE WHEN (i <> 5) THEN id WHEN (i <= -1) THEN id ELSE CAST(NULL AS BIGINT) END AS c1"), F.isnan(F.when(col("ts").isNotNull(), col("d")).otherwise(col("d"))).alias("c2"))
OUTPUT_MODE = "append"
