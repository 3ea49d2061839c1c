spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN (t RLIKE 'o$') THEN id WHEN arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) THEN shiftrightunsigned(CAST(-1 AS BIGINT), 1) ELSE CAST(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) AS BIGINT) END AS c1"), expr("slice(array(shiftrightunsigned(i, 28), ascii(t), 3, 4), 1, 2)").alias("c2"), expr("(i - m)"), expr("map_concat(map(1, CAST(make_timestamp_ntz(2024, abs(shiftright(array_position(array(t, 'a', t), 'a'), 33)) % 12 + 1, 29, 10, 30, 45.5) AS STRING)), map(2, hex(encode(hex(encode(url_decode(url_encode(s)), 'UTF-16LE')), 'UTF-16LE')))) AS c4")).filter((col("m") <= lit(.5).cast("decimal(2,1)")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
