from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.str_to_map(F.concat(lit('a:1,b:2,c:'), F.positive((col("i") - F.array_position(F.array(col("s"), lit('a'), col("s")), 'a'))))).alias("c1"), expr("array_insert(array(i), 0, 1)").alias("c2"), F.date_trunc("DAY", col("ts")).alias("c3")).where((expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')") | (col("j") == lit(1))))
OUTPUT_MODE = "append"
