spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((expr("exists(map_keys(map_filter(map('a', i, 'b', try_mod(instr(s, ' '), shiftright(i, 33))), (k, v) -> v > 0)), x -> x = 'a')") | (col("d") < lit(3.75)))).withColumn("c1", expr("exists(map_keys(map_filter(map('a', locate(' ', s, 1), 'b', size(sequence(1, abs(i) % 5 + 1))), (k, v) -> v > 0)), x -> x = 'a')")).withColumn("c2", (col("s") > lit("Hello"))).withColumn("c3", F.to_number(col("s"), lit("999"))).drop("k", "s", "dt", "ts").where("(id IS NOT NULL)")
OUTPUT_MODE = "append"
