from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, m DECIMAL(38,10), b BOOLEAN, j INT, i INT, d DOUBLE, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("b") & (col("i") >= lit(-1))) | col("b").isNull())).withColumn("i", F.length(col("s"))).withColumn("c2", expr("(CASE WHEN (d = 0.1D) THEN dt WHEN (s IS NOT NULL) THEN dt ELSE dt END + INTERVAL 1 MONTH)")).drop("s", "m", "b", "d", "ts")
OUTPUT_MODE = "append"
