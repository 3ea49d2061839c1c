from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(id - i) AS c1", "date_from_unix_date(i) AS c2", "CASE WHEN CASE elt(1, s, s) WHEN '' THEN regexp_like('abc', '^[A-Z]') WHEN ' ' THEN (i <= 10) ELSE ((j = 1) AND b) END THEN d WHEN array_contains(split(sha2(s, 256), ','), '') THEN d ELSE bround(d, 1) END AS c3")
OUTPUT_MODE = "append"
