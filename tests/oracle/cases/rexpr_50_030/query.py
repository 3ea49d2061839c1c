from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, i INT, k BIGINT, dt DATE, m DECIMAL(38,10), ts TIMESTAMP, n DECIMAL(5,3)").json(INPUT)
result = df.filter("(ts > TIMESTAMP'1999-12-31 23:59:59.999')").selectExpr("id", "(TRY_CAST('2024-02-29' AS TIMESTAMP) + INTERVAL '1-2' YEAR TO MONTH) AS c1", "try_divide(ascii(translate(s, 'aeiou', 'AEI')), 5) AS c2", "CASE WHEN (s >= CAST(ts AS STRING)) THEN TRY_CAST(s AS TIMESTAMP) ELSE CASE WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN ts WHEN (s <> 'abc') THEN ts WHEN (d = -1.5D) THEN ts ELSE ts END END AS c3", "(NOT (dt IS NOT NULL)) AS c4", "(i NOT IN (0, 0)) AS c5").where("(NOT coalesce((s IS NOT NULL), false))")
OUTPUT_MODE = "append"
