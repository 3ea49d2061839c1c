from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("m") <= lit(1.25).cast("decimal(3,2)"))).withColumn("c1", expr("bit_length(string(((s = 'abc') OR (s <= '2024-02-29'))))")).withColumn("c2", F.nvl2(col("ts"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c3", col("ts")).drop("i", "d", "dt", "ts").where((F.map_contains_key(F.create_map(F.try_mod(col("i"), col("i")), lit('a'), lit(3), lit('b')), 3) | (col("i") > lit(-1))))
OUTPUT_MODE = "append"
