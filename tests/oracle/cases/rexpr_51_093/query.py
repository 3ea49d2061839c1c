from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, s STRING, t STRING, n DECIMAL(20,0), i INT, ts TIMESTAMP, dt DATE, m DECIMAL(38,10)").json(INPUT)
result = df.withColumn("c1", expr("pmod(CASE WHEN (dt IS NOT NULL) THEN id WHEN (d <= 0.001D) THEN id ELSE id END, -4)")).withColumn("c2", (col("d") <= col("c1"))).withColumn("c3", expr("CASE WHEN (ts IS NOT NULL) THEN CASE WHEN false THEN d ELSE d END WHEN (id <> 0L) THEN d WHEN isnan(100.0D) THEN nvl(d, 0.001D) ELSE (-1 / 10) END")).withColumn("c4", expr("((dt IS NOT NULL) IS NOT NULL)")).withColumn("c5", F.repeat(col("t"), 1)).drop("j", "ts", "dt", "m").filter("(nvl2(86400L, (dt IS NOT NULL), CAST(NULL AS BOOLEAN)) OR (m > 0.5))")
OUTPUT_MODE = "append"
