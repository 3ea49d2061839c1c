from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("j") != lit(2))).select("id", expr("crc32(get(split(CASE WHEN b THEN t WHEN b THEN t ELSE t END, '[aeiou]'), 0))").alias("c1"), (col("d") / lit(10.0)).alias("c2"))
OUTPUT_MODE = "append"
