spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, m DECIMAL(12,4), j INT, i INT, d DOUBLE, ts TIMESTAMP, s STRING").load(INPUT)
result = df.selectExpr("id", "slice(array(positive(shiftright(abs(i), 2)), timestamp_diff('MONTH', ts, date_trunc('MONTH', greatest(TIMESTAMP'2024-02-29 00:00:00', ts))), 3, 4), -1, 1) AS c1", "posexplode_outer(map(2, s))", "nullif(1L, 3L) AS c3", "trim(regexp_replace(CASE WHEN (s < 'é') THEN concat_ws('', s, CAST(i AS STRING), s) WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN 'a' WHEN (s IS NOT NULL) THEN to_base32(encode(s, 'utf-8')) ELSE s END, ' +', '_')) AS c4")
OUTPUT_MODE = "append"
