spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.greatest(col("dt"), expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).alias("c1"), expr("hex(hmac(CAST(from_utc_timestamp((timestamp_add('HOUR', i, TIMESTAMP'2024-02-29 00:00:00') - INTERVAL '1 02:03:04.000005' DAY TO SECOND), 'Asia/Tokyo') AS STRING), 'msg', 'SHA512')) AS c2"), expr("is_valid_utf8(s)"), (col("d") * col("d")).alias("c4"), F.to_number(F.size(F.split(lit("42"), "-")).cast('string'), lit('S9999')).alias("c5"), expr("posexplode_outer(map(width_bucket(cot(nullif(d, 0)), -10.0D, 10.0D, 4), s))")).where("((try_validate_utf8(unhex('61FF62')) COLLATE UTF8_BINARY = 'Hello World') OR (dt >= DATE'2023-12-31'))")
OUTPUT_MODE = "append"
