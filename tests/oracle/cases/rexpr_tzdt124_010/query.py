spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i <> -1)").withColumn("c1", expr("trunc(dt, 'MM')")).withColumn("c2", F.try_add(expr("0.001"), col("m"))).withColumn("c3", F.when((col("dt") == F.to_date(lit("2023-12-31"))), col("d")).otherwise(F.months_between(F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("c1")))).withColumn("c4", F.datediff(col("ts"), lit(5))).select("id", "c1", "c2", "c3", "c4").filter("coalesce((NOT (c1 <> TIMESTAMP'2024-03-01 12:30:00.123456')), true)")
OUTPUT_MODE = "append"
