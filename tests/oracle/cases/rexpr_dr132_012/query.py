from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce(col("b"), lit(False)))).select("id", expr("arrays_zip(array(2, 2), array(s), array())"), F.map_concat(F.create_map(lit(1), expr("CAST(convert_timezone('Europe/Paris', CAST(nvl(to_timestamp_ltz(CAST(dt AS STRING)), TIMESTAMP'1999-12-31 23:59:59.999') AS TIMESTAMP_NTZ)) AS STRING)")), F.create_map(lit(2), F.nvl2(F.printf(lit('%s=%d'), lit("日本"), col("i")), F.when((col("j") == lit(3)), lit(None).cast("bigint")).when(col("b"), col("id")).otherwise(col("k")), lit(None).cast("bigint")).cast("string"))).alias("c2"), F.arrays_zip(F.split(expr("CAST(try_make_timestamp_ltz(2024, 3, 10, i, 30, 0, 'America/New_York') AS STRING)"), ' '), F.sequence(lit(1), lit(3))).alias("c3"))
OUTPUT_MODE = "append"
