from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, b BOOLEAN, ts TIMESTAMP, t STRING, f FLOAT, s STRING, d DOUBLE, m DECIMAL(38,10), i INT").load(INPUT)
result = df.select("id", F.when((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))), col("ts")).cast("string").alias("c1"), expr("sentences('Hello there. How are you? ' || concat('42', t), 'en', 'US')").alias("c2"), expr("posexplode(sequence(1, abs(i) % 3))"), F.arrays_overlap(F.array(F.json_array_length(F.to_json(F.array(F.size(F.map_keys(F.str_to_map(expr("typeof(array('x-y', NULL))"), lit(' '), lit('l')))), (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).cast("int")))), F.try_mod(F.shiftright(col("i"), 33), col("i"))), F.array(lit(1), lit(2), F.json_array_length(F.to_json(F.array(F.size(F.map_keys(F.str_to_map(expr("typeof(array('x-y', NULL))"), lit(' '), lit('l')))), (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).cast("int")))))).alias("c4"), expr("CASE instr(t, 'é') WHEN -1 THEN (f / nullif(i, 0)) ELSE tan(d) END").alias("c5")).filter((col("s") == lit("abc")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c4 ASC NULLS LAST, id"]
