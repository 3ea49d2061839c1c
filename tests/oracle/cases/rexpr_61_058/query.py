from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (ts <=> TRY_CAST(s AS TIMESTAMP)) AS k1, count_if((date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'yyyyMMdd') BETWEEN '2024-02-29' AND 'é')) AS a1, count((n IN (99.99, 12.345, -3.10))) AS a2, max(d) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
