from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, b BOOLEAN, i INT, dt DATE, ts TIMESTAMP, t STRING, m DECIMAL(7,0), s STRING").load(INPUT)
result = df.filter((expr("is_valid_utf8(unhex('C328'))") | (col("s") > lit("日本")))).select("id", expr("log10(abs(m) + 1)").alias("c1"), expr("concat_ws('-', s, s, s)"))
OUTPUT_MODE = "append"
