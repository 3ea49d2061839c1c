from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, i INT, m DECIMAL(10,2), b BOOLEAN, n DECIMAL(5,3), k BIGINT, dt DATE, ts TIMESTAMP, d DOUBLE, s STRING, t STRING").load(INPUT)
result = df.where("(m = 99.99)").withColumn("c1", F.bitwise_not(col("i").cast('bigint'))).withColumn("c2", F.map_contains_key(F.create_map(F.locate("l", F.substr(col("t"), lit(1), lit(1))), lit('a'), lit(3), lit('b')), 3)).withColumn("c3", F.to_number(F.json_array_length(F.to_json(F.array(F.regexp_instr(col("t"), lit('([a-z])([a-z])'), 2), col("i")))).cast('string'), lit('S9999')).isNull()).withColumn("s", F.url_encode(col("s"))).withColumn("c5", F.char_length(F.lpad(col("s"), 0, "ab"))).select("id", "c1", "c2", "c3", "c5")
OUTPUT_MODE = "append"
