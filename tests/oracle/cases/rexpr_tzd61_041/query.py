spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("next_day(dt, 'fri') AS c1"), F.when(F.nvl2(col("f"), (col("k") == lit(0).cast("bigint")), lit(False)), F.when(F.regexp_like(col("t"), lit("[aeiou]{2}")), F.date_trunc("WEEK", col("ts"))).when(col("i").between(lit(0), lit(3)), (col("ts") - expr("INTERVAL 1 MONTH"))).otherwise(col("ts"))).otherwise(F.to_timestamp(F.date_format(F.date_trunc("SECOND", col("ts")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm")).alias("c2"), expr("(dayofmonth(make_date(2024, 2, 1)) IN (1))").alias("c3"), F.date_format(F.to_timestamp(lit("2024-02-29 00:00:00")), "yyyy-MM-dd HH:mm:ss.SSSSSS").alias("c4")).where((F.coalesce((col("c4") > lit("o")), col("c3"), lit(True)) | col("c2").isNull()))
OUTPUT_MODE = "append"
