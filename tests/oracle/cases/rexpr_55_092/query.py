from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("dt", expr("CASE WHEN (NOT (m IS NOT NULL)) THEN dt ELSE dt END")).withColumn("c2", expr("CAST(i AS BOOLEAN)")).withColumn("c3", col("s").try_cast("int")).withColumn("c4", F.date_trunc("HOUR", col("ts"))).drop("k", "d", "m", "s", "b", "ts").filter("((c2 OR c2) OR (c3 <= 1))")
OUTPUT_MODE = "append"
