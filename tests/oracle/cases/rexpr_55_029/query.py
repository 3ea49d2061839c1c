from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nullif(greatest(md5(concat_ws('', s, s, s)), CASE (i IS NOT NULL) WHEN false THEN 'Hello' ELSE s END, rpad(concat('a', s, s), 3, '*')), 'Hello') AS c1", "TRY_CAST(s AS DOUBLE) AS c2", "ascii(concat(left(sha1(s), 2), s)) AS c3", "(- least(d, greatest(-1.5D, d))) AS c4")
OUTPUT_MODE = "append"
