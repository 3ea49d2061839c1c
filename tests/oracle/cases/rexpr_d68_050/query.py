from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.next_day(F.to_date(F.date_format(F.last_day(col("dt")), "yyyy-MM-dd"), "yyyy-MM-dd"), "TU")).withColumn("c2", F.signum(F.try_subtract(expr("CASE 10 WHEN 2 THEN d WHEN 10 THEN d ELSE d END"), (col("id") / lit(-4.0))))).withColumn("c3", (col("i") - col("i"))).withColumn("c4", expr("length(overlay(nvl2(m, CASE WHEN b THEN s ELSE s END, CAST(ts AS STRING)) PLACING 'xx' FROM 4 FOR 1))")).withColumn("j", F.locate("l", F.upper(lit(" "))))
OUTPUT_MODE = "append"
