from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN isnan(-1.5D) THEN ((- d) * d) WHEN (((n / nullif(0.5, 0)) / 3.5) BETWEEN 99.99 AND 100BD) THEN greatest(d, -1.5D) ELSE 0.1D END")).withColumn("c2", F.round((col("d") * col("i")))).withColumn("j", F.hash(F.unix_timestamp(col("ts")), col("dt"))).withColumn("c4", col("d")).withColumn("c5", expr("CASE WHEN b THEN d WHEN b THEN d WHEN (t IS NOT NULL) THEN -1.5D ELSE d END")).select("id", "c1", "c2", "c4", "c5").filter("(s < '日本')")
OUTPUT_MODE = "append"
