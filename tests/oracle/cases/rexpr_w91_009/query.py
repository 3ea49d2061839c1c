from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (F.to_timestamp(lit("2024-02-29 00:00:00")) + expr("INTERVAL 36 HOURS"))).withColumn("c2", (-(col("i") * lit(-3.10).cast("decimal(3,2)")))).withColumn("c3", expr("(2 * 0)")).withColumn("c4", expr("nullif(CASE WHEN (c1 > TIMESTAMP'1999-12-31 23:59:59.999') THEN d WHEN (c2 < 12.345) THEN d END, 100.0D)")).drop("j", "d", "m", "n", "s", "t", "dt", "ts")
OUTPUT_MODE = "append"
