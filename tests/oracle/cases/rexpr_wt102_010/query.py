from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, t STRING, m DECIMAL(10,2), s STRING, i INT, j INT, d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (s >= 'é') THEN 2.0D WHEN (i >= 5) THEN d ELSE d END")).withColumn("c2", F.date_trunc("SECOND", (expr("(ts - INTERVAL '-1 00:00:01' DAY TO SECOND)") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).cast("string")).withColumn("j", col("i").try_cast("int")).withColumn("m", (-(col("m") / F.nullif(col("m"), lit(0))))).withColumn("c5", expr("(((ts + INTERVAL 1 MONTH) + INTERVAL 36 HOURS) + INTERVAL -3 DAYS)"))
OUTPUT_MODE = "append"
