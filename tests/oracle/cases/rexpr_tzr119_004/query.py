spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, t STRING, s STRING, f FLOAT, m DECIMAL(10,2), dt DATE, i INT, n DECIMAL(4,1), d DOUBLE, k BIGINT, b BOOLEAN").load(INPUT)
result = df.where("(b OR (n IS NULL))").select(expr("map_entries(map(length(url_decode(url_encode(s))), monthname(date_trunc('WEEK', ts)))) AS c1"), F.regexp_extract_all(F.validate_utf8(col("t")), lit('([a-z])([a-z]+)'), 2).alias("c2"), expr("current_timezone()"), F.date_trunc("HOUR", F.try_to_timestamp(col("s"))).alias("c4"), F.to_timestamp(F.date_format(F.when((col("ts") >= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("ts")).when((col("dt") == F.to_date(lit("2023-12-31"))), col("ts")).when(col("dt").isNotNull(), col("ts")).otherwise(col("ts")), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS").alias("c5"))
OUTPUT_MODE = "append"
