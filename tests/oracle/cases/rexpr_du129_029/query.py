from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, b BOOLEAN, i INT").json(INPUT)
result = df.select("id", "b", expr("is_valid_utf8(unhex('C328'))").alias("c1"), expr("named_struct('x', i, 'y', array(s))").alias("c2"), expr("explode_outer(split(CAST(from_base32(to_base32(encode(try_element_at(split(s, '[aeiou]'), 1), 'utf-8'))) AS STRING), ' '))")).filter((col("s") == lit("")))
OUTPUT_MODE = "append"
