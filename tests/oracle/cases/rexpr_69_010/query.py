from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (F.date_trunc("yyyy", (expr("CASE (j < 2) WHEN true THEN ts ELSE ts END") - expr("INTERVAL 1 MONTH"))) != F.date_add(F.trunc(col("dt"), "Q"), F.ascii(lit(""))))).withColumn("c2", F.to_timestamp(F.date_format(F.date_trunc("WEEK", col("ts")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm")).withColumn("c3", expr("least(last_day(dt), coalesce(dt, to_date('2023-12-31')))")).withColumn("c4", (F.to_timestamp(F.date_format(F.when(col("s").isNotNull(), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999"))), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm") + expr("INTERVAL 1 DAY"))).drop("i", "j", "d", "f", "s", "b", "ts")
OUTPUT_MODE = "append"
