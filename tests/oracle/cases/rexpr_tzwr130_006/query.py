spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("from_json('{\"a\": ' || shiftright(locate('l', hex(hmac('a', 'msg', 'SHA512')), 1), 33) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')")).withColumn("c2", F.dayofmonth(F.to_date(lit("2025-03-01")))).withColumn("c3", F.asin(col("d") / lit(1000))).select("id", "c1", "c2", "c3").filter("(CAST(id AS BOOLEAN) OR (c3 IS NOT NULL))")
OUTPUT_MODE = "append"
