from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.ifnull(F.base64(col("s")), lit("x-y"))).withColumn("c2", expr("coalesce(least(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456', ts), TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c3", F.make_timestamp(F.year((col("dt").cast("timestamp") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).cast("date")), F.month((col("dt").cast("timestamp") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).cast("date")), F.dayofmonth((col("dt").cast("timestamp") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).cast("date")), lit(12), lit(30), lit(0))).withColumn("c4", (lit(10) * col("i"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
