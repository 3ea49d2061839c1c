spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", ((col("m") + (col("m") * col("m"))) / F.nullif(F.abs(col("b").cast("decimal(12,2)")), lit(0)))).withColumn("c2", expr("to_timestamp(date_format(to_timestamp(date_format(CASE WHEN (s ILIKE '%e') THEN ts WHEN (m = id) THEN ts WHEN (m IS NULL) THEN ts END, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')"))
OUTPUT_MODE = "append"
