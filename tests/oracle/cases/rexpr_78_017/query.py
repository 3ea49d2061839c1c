from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, j INT, dt DATE, s STRING, t STRING, d DOUBLE, b BOOLEAN, m DECIMAL(38,10), n DECIMAL(5,3), i INT").json(INPUT)
result = df.selectExpr("id", "(CASE WHEN b THEN m WHEN b THEN CASE WHEN b THEN m WHEN (n IS NOT NULL) THEN 12.345 ELSE n END WHEN (m <> 1.25) THEN n ELSE (n / 10.5) END - round((99.99 - n), 3)) AS c1", "format_number(crc32(lpad(t, 3, 'ab')), 3) AS c2", "concat_ws('-', s, CASE WHEN b THEN s WHEN (id > 1L) THEN t ELSE t END) AS c3", "least(round(d, 1), d, CASE t WHEN 'o' THEN d WHEN '42' THEN d END) AS c4")
OUTPUT_MODE = "append"
