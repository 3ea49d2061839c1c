from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), d DOUBLE, s STRING, ts TIMESTAMP, dt DATE, i INT, b BOOLEAN, j INT, t STRING").load(INPUT)
result = df.withColumn("c1", F.add_months(F.when((col("d") == col("id")), col("dt")).when(F.nvl(col("b"), lit(False)), col("dt")).when(F.nvl2(col("d"), col("b"), lit(None).cast("boolean")), col("dt")).otherwise(col("dt")), lit(5))).withColumn("c2", expr("nullif(CASE WHEN (m IS NOT NULL) THEN -3.10 WHEN (s >= greatest(s, s, s)) THEN (m * m) WHEN (ts <> dt) THEN (greatest(m, -3.10) / nullif(CASE WHEN (j >= 2) THEN m ELSE m END, 0)) ELSE m END, 100BD)")).withColumn("c3", (lit(0) - F.second(F.to_timestamp(lit("2024-02-29 00:00:00"))))).withColumn("c4", F.crc32(col("s"))).select("id", "c1", "c2", "c3", "c4").where(F.coalesce(col("dt").isNull(), lit(True)))
OUTPUT_MODE = "append"
