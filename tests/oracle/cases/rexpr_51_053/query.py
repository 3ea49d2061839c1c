from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("isnan(d)").alias("c1"), expr("trunc(dt, 'yy')"), expr("nullif(ts, TIMESTAMP'2024-02-29 00:00:00') AS c3")).filter(((col("i") != lit(2.0)) | col("t").isNotNull()))
OUTPUT_MODE = "append"
