spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, j INT, b BOOLEAN, dt DATE, m DECIMAL(12,4), ts TIMESTAMP, i INT, k BIGINT, s STRING, d DOUBLE").json(INPUT)
df.where("(NOT coalesce(b, false))").createOrReplaceTempView("src")
result = spark.sql("SELECT dt, avg(bround(greatest(f, 0.001D), 2)) AS a1, sort_array(collect_union(array(i, array_position(array(s, 'a', s), 'a')))) AS a2, round(regr_syy(try_subtract(i, i), negative(array_max(array(i, i, 3)))), 6) AS a3, hex(count_min_sketch(s, 0.3D, 0.7D, 7)) AS a4 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
