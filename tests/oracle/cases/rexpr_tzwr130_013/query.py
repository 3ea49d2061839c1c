spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, s STRING, t STRING, i INT, ts TIMESTAMP, d DOUBLE, f FLOAT, m DECIMAL(10,2), b BOOLEAN, k BIGINT, dt DATE").json(INPUT)
result = df.select("id", "t", expr("to_json(map_entries(map('k', format_string('%d%%', i), 'j', 'v')))"), F.map_filter(F.create_map(lit('a'), col("i"), lit('b'), col("i"), lit('c'), lit(0)), lambda k, v: (v > 0) | (k == 'c')).alias("c2"), F.when(F.arrays_overlap(F.array(F.array_position(F.array(col("s"), lit('a'), col("s")), 'a'), F.shiftright(col("i"), 2)), F.array(lit(1), lit(2), F.array_position(F.array(col("s"), lit('a'), col("s")), 'a'))), col("i")).when(col("t").startswith("o"), F.size(F.array_remove(F.array(col("i"), col("i"), lit(1), col("i")), col("i")))).otherwise(col("j")).alias("c3"), expr("array_sort(array((i - i), 10, NULL, -1))").alias("c4"), expr("sequence(5, abs(i) % 5, -2)").alias("c5")).filter("coalesce(b, true)")
OUTPUT_MODE = "append"
