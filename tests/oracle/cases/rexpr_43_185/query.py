from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("m") * col("m")).isNotNull() | (col("id") >= lit(3).cast("bigint")))).select("id", expr("(CAST(dt AS TIMESTAMP) + INTERVAL -3 DAYS) AS c1"), expr("timestamp_seconds(i) AS c2"), expr("unix_timestamp(ts)").alias("c3")).where((col("id") >= lit(1).cast("bigint")))
OUTPUT_MODE = "append"
