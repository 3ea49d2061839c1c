from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "regexp_replace(s, '^.', '') AS c1", "(- d)", "pmod(char_length(reverse(s)), nullif(size(split(s, '  *')), 0)) AS c3", "(2 * i) AS c4")
OUTPUT_MODE = "append"
