from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("posexplode_outer(array_remove(array(CAST(timestamp_micros(0) AS STRING), 'x'), 'x'))"), expr("regexp_instr(s, '[aeiou]')"), expr("map_entries(map(i, hex(try_to_binary(CAST(binary(s) AS STRING), 'hex'))))").alias("c3"), expr("sentences('Hello there. How are you? ' || CAST(binary(array_join(regexp_extract_all(format_string('[%5s|%-4d]', s, id), '([a-z]+)', 1), '|')) AS STRING), 'en', 'US') AS c4"), F.when(col("b"), col("m")).when((col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("n")).otherwise(lit(100).cast("decimal(3,0)")).cast("double").alias("c5")).where((F.ifnull(col("b"), lit(True)) | (col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
