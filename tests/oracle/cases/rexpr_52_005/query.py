from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(d <> 3.75D)").selectExpr("id", "CASE WHEN b THEN n WHEN b THEN m WHEN b THEN m END AS c1", "CAST(to_date('2023-12-31') AS TIMESTAMP)", "CASE WHEN coalesce((b IS NOT TRUE), true) THEN id WHEN b THEN id WHEN (s = 'abc') THEN CASE WHEN (d >= id) THEN id WHEN (n BETWEEN 12.345 AND 1.25) THEN id WHEN b THEN id ELSE id END ELSE (i + (id + i)) END AS c3", "reverse(concat(t, s, CAST(i AS STRING)))")
OUTPUT_MODE = "append"
