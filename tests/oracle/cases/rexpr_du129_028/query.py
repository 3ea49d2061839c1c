from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, m DECIMAL(7,0), b BOOLEAN, f FLOAT, d DOUBLE, ts TIMESTAMP, n DECIMAL(9,5), i INT, dt DATE, j INT").json(INPUT)
result = df.withColumn("c1", expr("str_to_map(try_element_at(split('abc', '[aeiou]'), 2), ' ', 'l')")).withColumn("c2", expr("regexp_replace(translate(s, 'aeiou', 'AEI'), '[aeiou]', '*')")).withColumn("c3", expr("from_json('{\"k\": ' || xpath_float('<a b=\"' || bitmap_bucket_number(abs(i)) || '\"/>', 'a/@b') || '}', 'MAP<STRING, DOUBLE>')")).withColumn("c4", F.positive((-col("m"))))
OUTPUT_MODE = "append"
