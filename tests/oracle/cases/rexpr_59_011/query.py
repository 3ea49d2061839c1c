from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nvl(F.nvl2(col("m"), col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c2", (col("id") + col("i"))).withColumn("c3", expr("CASE datediff(ts, dt) WHEN 2 THEN CAST(dt AS TIMESTAMP) WHEN 2 THEN ts ELSE ts END")).withColumn("ts", expr("CASE WHEN (m IS NOT NULL) THEN date_trunc('yyyy', ts) WHEN CASE WHEN (d <> 0.5D) THEN true WHEN (dt = DATE'2024-02-29') THEN (id > 3L) WHEN (k <= -2L) THEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') ELSE (d = 0.001D) END THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END")).withColumn("c5", expr("concat('', reverse(t))")).select("id", "c1", "c2", "c3", "c5")
OUTPUT_MODE = "append"
