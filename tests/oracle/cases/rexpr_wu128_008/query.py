from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, b BOOLEAN, m DECIMAL(18,6), s STRING, ts TIMESTAMP, d DOUBLE, k BIGINT, dt DATE").json(INPUT)
result = df.select("id", F.zeroifnull(col("i")).alias("c1"), (col("m") + col("m")).alias("c2"), expr("is_valid_utf8(s) AS c3"), expr("map_from_entries(array(struct(instr(s, ''), to_json(map_entries(map('k', s, 'j', 'v')))), struct(2, 'two')))").alias("c4"))
OUTPUT_MODE = "append"
