from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, round(product(position('o', substring(s, 5, 3)) % 4), 3) AS a1, round(var_samp(d), 4) AS a2, round(corr(CASE WHEN (s LIKE '%o%') THEN d WHEN b THEN d WHEN is_valid_utf8(s) THEN d ELSE d END, i), 6) AS a3, round(regr_sxy(regexp_instr(hex(encode('o', 'UTF-16LE')), '([a-z])([a-z])', 2), i), 6) AS a4 FROM src GROUP BY s")
OUTPUT_MODE = "complete"
