from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), s STRING, j INT, b BOOLEAN, dt DATE, t STRING, ts TIMESTAMP, f FLOAT, i INT, d DOUBLE").load(INPUT)
result = df.withColumn("c1", expr("crc32(s)")).withColumn("c2", expr("CASE WHEN exists(split(lpad('o', 8, '*'), ' '), x -> x = '') THEN unix_timestamp(ts) WHEN (s IS NOT NULL) THEN (pmod(id, nullif(j, 0)) * -1) WHEN b THEN (1L % nullif(j, 0)) END")).withColumn("c3", F.when(col("ts").isNotNull(), col("m"))).withColumn("c4", expr("CASE WHEN TRY_CAST(t AS BOOLEAN) THEN id WHEN b THEN id WHEN (i IS NOT NULL) THEN (id - id) ELSE id END")).withColumn("c5", col("t").cast("date")).withColumn("ts", F.timestamp_seconds(col("i")))
OUTPUT_MODE = "append"
