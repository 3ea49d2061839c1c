from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("from_json(substring(md5(format_number(m, 2)), 1, 1), 'a INT, b ARRAY<STRING>')")).withColumn("c2", expr("array_position(array(char_length(s), i, 7), 7)")).withColumn("c3", F.trunc(F.date_add(F.date_sub(col("dt"), col("i")), col("i")), "WEEK")).drop("i", "k", "n", "s", "dt").where((expr("is_valid_utf8(unhex('C328'))") | (col("d") >= lit(0.5))))
OUTPUT_MODE = "append"
