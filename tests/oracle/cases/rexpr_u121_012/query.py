from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, m DECIMAL(12,4), d DOUBLE, b BOOLEAN, t STRING, n DECIMAL(5,3), ts TIMESTAMP, s STRING, dt DATE").json(INPUT)
result = df.where("(id > -2L)").selectExpr("id", "array_except(array(least(to_base32(encode(t, 'utf-8')), repeat(s, 3)), CAST(try_make_timestamp(2024, position('o', s), 29, 10, 30, 45.5) AS STRING), 'a', 'a'), array('a', NULL)) AS c1", "CASE WHEN b THEN id WHEN (b OR (ts >= TIMESTAMP'1999-12-31 23:59:59.999')) THEN TRY_CAST(t AS BIGINT) END AS c2", "posexplode(sequence(1, abs(0) % 3))", "CASE WHEN b THEN ts WHEN b THEN ts WHEN (dt = DATE'2000-01-01') THEN CAST(make_date(2023, month(dt), least(dayofmonth(dt), 28)) AS TIMESTAMP) ELSE CASE WHEN (i IS NOT NULL) THEN ts ELSE ts END END AS c4")
OUTPUT_MODE = "append"
