from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", F.greatest(col("id"), lit(-2).cast("bigint")).alias("c1"), expr("CASE WHEN b THEN next_day(add_months(dt, i), 'TU') END").alias("c2"), expr("((CASE WHEN b THEN ts ELSE ts END - INTERVAL 1 MONTH) + INTERVAL -3 DAYS)").alias("c3"), (col("id") / F.nullif(col("i"), lit(0))).alias("c4"), expr("(i < m)").alias("c5"), expr("substring(s, d, 2)").alias("c6"))
OUTPUT_MODE = "append"
