spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT hex(hmac(try_element_at(split(s, '  *'), 1), 'msg', 'SHA512')) AS k1, datediff(max(CASE WHEN (ts IS NOT NULL) THEN dt WHEN (d > 0.1D) THEN dt WHEN b THEN to_date('2024-02-29') ELSE dt END), min(CASE WHEN (ts IS NOT NULL) THEN dt WHEN (d > 0.1D) THEN dt WHEN b THEN to_date('2024-02-29') ELSE dt END)) AS a1, sum(width_bucket(e() * nullif(i, 5), -10.0D, 10.0D, 4)) AS a2, round(covar_pop(bitmap_bucket_number(abs(i)), tinyint(abs(i) % 100)), 6) AS a3, regr_count(i, cot(nullif(cot(nullif(d, 0)), 0))) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
