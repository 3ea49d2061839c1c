spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.array_size(F.slice(F.array(col("i"), expr("timestamp_diff('MONTH', nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), CASE WHEN (id <= 86400L) THEN ts WHEN b THEN ts END)"), lit(3), lit(4)), -2, 5)).cast('int').alias("c1"), F.sec(F.months_between(F.to_date(lit("2000-01-01")), col("ts"), False)).alias("c2"), expr("from_csv(concat_ws(';', CASE WHEN CAST(id AS BOOLEAN) THEN i WHEN b THEN (i * 5) ELSE i END, CAST(try_aes_decrypt(unhex(parse_url('http://a.b/c?x=' || url_encode(s), 'USERINFO')), '0123456789abcdef') AS STRING)), 'x INT, y STRING', map('sep', ';'))").alias("c3")).filter("(CAST(c1 AS BOOLEAN) OR (c2 <= -1.5D))")
OUTPUT_MODE = "append"
