from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, t STRING, i INT, d DOUBLE, b BOOLEAN, j INT, s STRING, n DECIMAL(5,3), dt DATE, m DECIMAL(38,10), k BIGINT").json(INPUT)
result = df.filter("((n IS NOT NULL) OR (100BD IS NULL))").withColumn("c1", F.substring(F.trim(col("t")), 1, 0)).withColumn("c2", F.when(col("b"), F.crc32(col("t"))).when((col("t") > lit("日本")), F.greatest(col("k"), col("id"), col("id"))).when((col("b") | (col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999")))), col("k")).otherwise(F.when(col("b"), col("id")).when((col("s") > lit("2024-02-29")), col("k")).otherwise(col("id")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
