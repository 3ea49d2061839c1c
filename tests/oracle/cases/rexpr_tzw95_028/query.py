spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("d", expr("(d - id)")).withColumn("c2", expr("coalesce(coalesce(ts, TIMESTAMP'2024-03-01 12:30:00.123456'), to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'), TIMESTAMP'1999-12-31 23:59:59.999')")).withColumn("c3", expr("left(get(split(date_format(date_trunc('QUARTER', ts), 'yyyy-MM-dd'), '[aeiou]'), 2), 2)"))
OUTPUT_MODE = "append"
