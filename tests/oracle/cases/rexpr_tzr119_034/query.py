spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, dt DATE, n DECIMAL(9,5), j INT, m DECIMAL(7,0), s STRING, b BOOLEAN, d DOUBLE, f FLOAT, i INT").load(INPUT)
result = df.where(F.coalesce((F.try_mod(F.array_size(F.slice(F.array(col("i"), col("i"), lit(3), lit(4)), -2, 5)).cast('int'), F.nullif(col("i"), lit(10))) != F.round(col("n"), 2)), lit(True))).select("id", expr("try_element_at(split(printf('%x %o %08d', i, i, i), ','), 1) AS c1"), expr("is_valid_utf8(unhex('C328')) AS c2"), expr("array_insert(array(i), 0, 1)").alias("c3"))
OUTPUT_MODE = "append"
