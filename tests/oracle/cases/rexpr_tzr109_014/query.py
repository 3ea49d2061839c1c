spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(9,5), m DECIMAL(12,4), ts TIMESTAMP, t STRING, j INT, s STRING, dt DATE, d DOUBLE, f FLOAT, i INT").json(INPUT)
result = df.select("id", expr("date_trunc('QUARTER', timestamp_add('HOUR', shiftright(positive(i), 33), convert_timezone('America/Los_Angeles', 'UTC', CASE WHEN (s > '42') THEN ts ELSE ts END))) AS c1"), expr("getbit(abs(regexp_instr(CAST(convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(date_format(TIMESTAMP'2024-02-29 00:00:00', 'yyyy-MM-dd HH:mm'))) AS STRING), '([a-z])([a-z])', 2)) % 100, 0)").alias("c2"), expr("(m * 12.345)").alias("c3")).where("(xpath_boolean('<a><b>' || 1 || '</b></a>', 'a/b = 7') OR (c2 >= 5))")
OUTPUT_MODE = "append"
