from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.str_to_map(F.concat(lit('a:1,b:2,c:'), F.shiftrightunsigned(F.regexp_instr(F.make_valid_utf8(lit(None).cast("string")), lit('[aeiou]')), 28)))).withColumn("c2", F.when(expr("exists(map_keys(map_filter(map('a', shiftrightunsigned(i, 28), 'b', try_mod(i, i)), (k, v) -> v > 0)), x -> x = 'a')"), col("ts")).when((~F.coalesce(col("b"), lit(False))), col("ts")).otherwise(col("ts"))).withColumn("c3", col("ts").cast("date")).withColumn("c4", expr("to_binary(concat(s, 'zz'), 'hex')")).withColumn("c5", expr("to_timestamp(date_format(timestampadd(DAY, year(dt), TRY_CAST(s AS TIMESTAMP)), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')")).withColumn("c6", expr("least(ts, c5)"))
OUTPUT_MODE = "append"
