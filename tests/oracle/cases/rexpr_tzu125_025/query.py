spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((m IS NOT NULL) OR (j >= 5))").groupBy(expr("power(try_mod(0.5D, f), 2) AS k1")).agg(expr("max(array_insert(array(i), 0, 1)) AS a3"), F.round(F.avg(col("m")), 3).alias("a1"), expr("bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs(i) % 1000))) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
