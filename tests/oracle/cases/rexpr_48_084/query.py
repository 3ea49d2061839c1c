from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE greatest(j, j, -4) WHEN 10 THEN CASE WHEN b THEN s WHEN (d > 100.0D) THEN s END WHEN 0 THEN ifnull(s, 'a') ELSE s END").alias("c1"), F.lower(col("s").try_cast("boolean").cast("string")).alias("c2"), F.when(col("b"), lit(1).cast("bigint")).otherwise(col("id")).alias("c3"), expr("pmod((i - m), 2.5)"), expr("round(greatest(m, m, m), -1)").alias("c5")).filter((~F.coalesce(F.coalesce(col("s").isNotNull(), lit(True)), lit(False))))
OUTPUT_MODE = "append"
