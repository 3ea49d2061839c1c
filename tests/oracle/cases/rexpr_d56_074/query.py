from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (s IS NOT NULL) THEN round(0.5D, 1) ELSE d END AS k1, avg(id) AS a1, sum(CASE WHEN (i > 0.001) THEN levenshtein(format_number(i, 3), concat_ws(', ', t, CAST(i AS STRING))) ELSE 0 END) AS a2, (max(((i - length('2024-02-29')) * d)) - min(((i - length('2024-02-29')) * d))) AS a3, avg(CASE WHEN b THEN m ELSE m END) AS a4 FROM src GROUP BY CASE WHEN (s IS NOT NULL) THEN round(0.5D, 1) ELSE d END")
OUTPUT_MODE = "update"
