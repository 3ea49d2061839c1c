from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("CAST(from_base32(to_base32(encode(substring(s, 1, 3), 'utf-8'))) AS STRING) AS k1")).agg(F.count(col("ts")).alias("a1"), F.count_if(F.is_valid_utf8(expr("to_char(encode(try_element_at(split(s, ' '), 2), 'utf-8'), 'base64')"))).alias("a2"), expr("median(least(12.345, m, m))").alias("a3"))
OUTPUT_MODE = "update"
