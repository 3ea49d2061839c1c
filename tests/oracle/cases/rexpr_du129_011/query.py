from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("coalesce(is_valid_utf8(unhex('C328')), (i <= 1), true)").alias("c1"), F.find_in_set(lit("b"), F.substr(col("t"), lit(0), lit(0))), expr("pmod(id, i)").alias("c3")).filter("(exists(map_keys(map_filter(map('a', (3 % nullif(12, 0)), 'b', int(power(2 % 4, 2))), (k, v) -> v > 0)), x -> x = 'a') OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
