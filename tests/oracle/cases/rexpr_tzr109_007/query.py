spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.where(F.coalesce(F.isnan(F.csc(F.nullif(col("d"), lit(0)))), lit(True))).createOrReplaceTempView("src")
result = spark.sql("SELECT s AS k1, max(next_day(dt, 'Funday')) AS a4, round(regr_sxy(regexp_instr(url_decode(url_encode(t)), '([a-z])([a-z])', 2), array_position(array(regexp_replace(t, '(a|b)', '<>'), 'a', CAST(unbase64(base64(t)) AS STRING)), 'a')), 6) AS a1, substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(bitmap_bucket_number(abs(length(t))))))), 1, 24) AS a2, count(DATE'2024-02-29') AS a3 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
