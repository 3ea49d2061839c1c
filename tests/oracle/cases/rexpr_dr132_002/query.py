from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, b BOOLEAN, ts TIMESTAMP, t STRING, s STRING, m DECIMAL(7,0), dt DATE, f FLOAT, j INT").load(INPUT)
result = df.withColumn("c1", expr("array_except(array(make_valid_utf8(unhex('61FF62C3')), lower(overlay(element_at(map_concat(map('a', '42'), map('b', 'x')), 'a') PLACING 'xx' FROM 4 FOR 2)), 'a', 'a'), array('a', NULL))")).withColumn("c2", expr("sec(greatest(f, d, d))")).withColumn("c3", expr("transform_values(map('a', length(s), 'b', octet_length(s)), (k, v) -> concat(k, CAST(v AS STRING)))")).select("id", "c1", "c2", "c3").where(F.coalesce(col("t").isNotNull(), lit(True)))
OUTPUT_MODE = "append"
