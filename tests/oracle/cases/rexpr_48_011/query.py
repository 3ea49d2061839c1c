from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("i") >= lit(-1))).select("id", expr("CASE WHEN (s LIKE '% %') THEN CASE WHEN (s = 'o') THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN true THEN ts ELSE date_trunc('SECOND', ts) END WHEN false THEN date_trunc('WEEK', CAST(dt AS TIMESTAMP)) WHEN isnan(-1.5D) THEN CASE WHEN (dt > DATE'2000-01-01') THEN ts WHEN (NOT (i < 10)) THEN ts ELSE ts END END").alias("c1"), expr("round(m)"))
OUTPUT_MODE = "append"
