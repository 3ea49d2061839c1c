from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, ts TIMESTAMP, d DOUBLE, i INT, t STRING, s STRING, m DECIMAL(10,2)").load(INPUT)
result = df.filter("coalesce((d = 3.75D), true)").select("id", (col("i") + col("i")), expr("isnan((d / nullif(i, 0))) AS c2"), (lit(.001).cast("decimal(4,3)") + F.nullif(col("m"), expr("99.99"))).alias("c3"), expr("CASE WHEN (s = '日本') THEN ts ELSE TIMESTAMP'1999-12-31 23:59:59.999' END").alias("c4")).filter(((lit(None).cast("int") <= F.pow(lit(100.0), 0.5)) | (col("c4") == F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
