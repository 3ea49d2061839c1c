spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(exists(map_keys(map_filter(map('a', try_mod(positive(i), smallint(1)), 'b', regexp_instr(concat(t, 'x-y', s), '[aeiou]')), (k, v) -> v > 0)), x -> x = 'a') OR ((d IS NOT NULL) IS NULL))").withColumn("c1", F.shiftright((lit(3) + F.position(lit('o'), F.repeat(col("t"), 3))), 2)).withColumn("c2", expr("(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') < nullif(dt, DATE'2023-12-31'))")).withColumn("c3", F.zip_with(F.array(F.nvl2(F.to_timestamp(lit("2024-02-29 00:00:00")), F.pmod(col("i"), F.nullif(col("j"), lit(0))), lit(3)), lit(2), lit(3)), F.array(F.regexp_instr(col("id").cast("string"), lit('([a-z])([a-z])'), 2), lit(5)), lambda x, y: x * 10 + y)).drop("i", "d", "s", "t", "b", "ts")
OUTPUT_MODE = "append"
