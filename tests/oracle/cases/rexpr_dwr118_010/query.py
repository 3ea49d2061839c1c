from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(exists(map_keys(map_filter(map('a', position(t, CAST(NULL AS STRING), 2), 'b', i), (k, v) -> v > 0)), x -> x = 'a') OR (id <= 1L))").groupBy(expr("array_join(array_compact(array(s, NULL, s)), ',') AS k1")).agg(expr("bit_and(bitmap_bit_position(nullif(i, -1))) AS a1"), expr("max(make_dt_interval(106751992, i)) AS a4"), F.sort_array(F.collect_list(F.json_array_length(F.to_json(F.array(F.position(lit('o'), col("s")), F.quarter(col("dt"))))))).alias("a2"), F.count((col("n") + col("m"))).alias("a3"))
OUTPUT_MODE = "update"
