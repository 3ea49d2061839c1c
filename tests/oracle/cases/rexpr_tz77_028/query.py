spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("b") | (col("j") > lit(0)).isNull())).withColumn("c1", expr("CASE j WHEN 1 THEN ts WHEN 2 THEN TIMESTAMP'2024-03-01 12:30:00.123456' END")).withColumn("c2", F.unix_timestamp(F.when(F.when(col("b"), col("b")).otherwise(col("ts").isNotNull()), col("ts")))).withColumn("c3", expr("TIMESTAMP'1999-12-31 23:59:59.999'")).withColumn("c4", F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28)))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
