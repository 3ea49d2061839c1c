from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("size(split(lcase(CAST(d AS STRING)), '[aeiou]')) AS c1"), expr("(NOT i) AS c2"), expr("(nullif(crc32(CASE s WHEN 'x-y' THEN s ELSE s END), 1000L) IS NULL)").alias("c3"))
OUTPUT_MODE = "append"
