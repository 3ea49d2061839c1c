spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("d") < col("i")) | (col("d") > lit(0.001)))).withColumn("c1", expr("coalesce(nvl2(ceil(0.001, 1), date_trunc('MONTH', TIMESTAMP'2024-03-01 12:30:00.123456'), TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c2", col("m")).withColumn("c3", expr("3L")).withColumn("c4", expr("least(CAST(1L AS DOUBLE), months_between(ts, DATE'2023-12-31', false))")).withColumn("c5", expr("CAST(INTERVAL '5-7' YEAR TO MONTH AS STRING)")).select("id", "c1", "c2", "c3", "c4", "c5").where("((c5 LIKE '% %') OR (id <> 3L))")
OUTPUT_MODE = "append"
