from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.timestamp_diff('DAY', F.trunc(col("dt"), "yy"), expr("timestamp_add('HOUR', i, ts)"))).withColumn("c2", F.is_valid_utf8(col("t"))).withColumn("c3", expr("greatest(i, s)")).select("id", "c1", "c2", "c3").where(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
