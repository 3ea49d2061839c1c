from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter((col("id") == lit(86400).cast("bigint"))).createOrReplaceTempView("src")
result = spark.sql("SELECT nvl2(1L, (- 3), 12) AS k1, sum(CASE WHEN (TIMESTAMP'1999-12-31 23:59:59.999' IS NOT NULL) THEN (m / nullif(-4, 0)) ELSE 0 END) AS a1, round(avg(((i / 10.0D) / -4)), 3) AS a2, round(avg(m), 3) AS a3, count_if(((i >= 5) OR (ts <> TIMESTAMP'2024-02-29 00:00:00'))) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
