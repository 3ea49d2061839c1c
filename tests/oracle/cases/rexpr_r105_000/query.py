from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(is_valid_utf8(replace(t, 'l', 'LL')) OR (to_date('2023-12-31') IS NULL))").withColumn("c1", expr("CAST(i AS TIMESTAMP)")).withColumn("c2", F.arrays_overlap(F.array(F.instr(F.regexp_replace(col("t"), "(a|b)", "<>"), "a"), (col("i") * lit(3))), F.array(lit(1), lit(2), F.instr(F.regexp_replace(col("t"), "(a|b)", "<>"), "a")))).withColumn("c3", expr("make_date(year(dt), 2, 1)")).withColumn("c4", expr("translate('o', ' ', '_')")).withColumn("c5", expr("timestamp_diff('SECOND', ts, convert_timezone('America/Los_Angeles', 'UTC', CASE WHEN (m > id) THEN try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0) WHEN b THEN date_trunc('WEEK', ts) WHEN b THEN date_trunc('SECOND', ts) ELSE ts END))"))
OUTPUT_MODE = "append"
