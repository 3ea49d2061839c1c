from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "crc32(s) AS c1", "sqrt((d * least(id, id))) AS c2", "least((m / 2.5), (-3.10 / nullif(i, 0))) AS c3", "(round(least(n, n), -1) % 2.5) AS c4", "nullif(octet_length(concat(CASE WHEN b THEN s WHEN b THEN s ELSE 'Hello' END, CAST(99.99 AS STRING))), 5) AS c5")
OUTPUT_MODE = "append"
