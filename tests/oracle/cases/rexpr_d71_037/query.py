from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("crc32(replace(repeat('abc', 3), 'l', 'LL')) AS c1", "CAST(ceil(CASE WHEN abs(round(nullif(d, 2.0D), 3)) < 1e9D THEN round(nullif(d, 2.0D), 3) END) AS BOOLEAN) AS c2", "left(regexp_substr(CASE WHEN (0.001D > m) THEN 'x-y' WHEN b THEN t WHEN b THEN CASE WHEN (f >= 3.75D) THEN t WHEN (i <= 1) THEN s WHEN b THEN 'abc' ELSE s END ELSE format_string('%s-%d', t, id) END, '[aeiou]+'), 0) AS c3", "TRY_CAST(id AS DECIMAL(5,1)) AS c4")
OUTPUT_MODE = "append"
