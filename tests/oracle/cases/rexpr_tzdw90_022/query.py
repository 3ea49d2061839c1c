spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(isnan(0.1D) OR (t = ' '))").select(expr("((to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') - INTERVAL -3 DAYS) + INTERVAL '1-2' YEAR TO MONTH)").alias("c1"), expr("log1p(d)").alias("c2"), expr("(try_add(datediff(dt, dt), j) - (i - i)) AS c3"), expr("crc32(t)"), (col("dt") != F.to_date(lit("2023-12-31"))).cast("decimal(38,18)").alias("c5")).where("(dt IS NOT NULL)")
OUTPUT_MODE = "append"
