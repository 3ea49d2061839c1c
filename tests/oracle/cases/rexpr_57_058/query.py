from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "ts", "regexp_extract(CASE WHEN (n < 100BD) THEN left('o', 2) WHEN (m = 0.001) THEN sha1('Hello') WHEN (d IS NOT NULL) THEN t ELSE s END, '([a-z]+)', 1) AS c1", "try_element_at(split(s, '-'), 1) AS c2", "sqrt(octet_length(t)) AS c3", "CASE WHEN (id IS NOT NULL) THEN n ELSE ((m + m) - i) END AS c4", "length(format_number(d, 3)) AS c5")
OUTPUT_MODE = "append"
