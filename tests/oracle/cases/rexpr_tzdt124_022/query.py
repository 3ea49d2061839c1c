spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, b BOOLEAN, d DOUBLE, t STRING, m DECIMAL(38,10), i INT, dt DATE, s STRING, n DECIMAL(20,0), ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST((to_timestamp(date_format((to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') + INTERVAL 1 MONTH), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') - (date_trunc('SECOND', ts) - INTERVAL 36 HOURS)) AS STRING)").alias("c1"), F.regexp_like(col("s"), lit("[aeiou]{2}")).alias("c2")).filter((col("dt") >= F.to_date(lit("2024-02-29"))))
OUTPUT_MODE = "append"
