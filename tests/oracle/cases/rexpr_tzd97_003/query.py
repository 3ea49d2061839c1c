spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("id") * F.months_between(F.least((col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH")), F.make_timestamp(F.year(col("dt")), F.month(col("dt")), F.dayofmonth(col("dt")), lit(12), lit(30), lit(expr("59.999999"))), col("ts")), col("dt"), False)).alias("c1"), expr("CASE 'abc' WHEN 'o' THEN d END"), F.when(F.when((col("s") >= lit("Hello")), col("b")).when(col("b"), col("b")).when(col("b"), (col("m") >= lit(.001).cast("decimal(4,3)"))).otherwise((col("t") > lit("x-y"))), F.year(F.date_trunc("yyyy", col("ts")))).when(col("d").isin(lit(3.75), lit(0.5), lit(-1.5)), col("i")).when((col("t") == lit(" ")), col("i")).otherwise(col("i")).alias("c3"))
OUTPUT_MODE = "append"
