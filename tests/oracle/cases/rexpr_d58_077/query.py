from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("m") >= lit(.5).cast("decimal(2,1)"))).selectExpr("id", "least(k, CAST(ts AS BIGINT)) AS c1", "(nvl2('42', i, i) + i) AS c2", "(coalesce(m, try_add(m, m), 0.5) - m) AS c3", "ascii(substr(trim(t), -3, 0)) AS c4", "greatest((CASE WHEN (j < 3) THEN m WHEN true THEN 0.001 WHEN (d >= 2.0D) THEN m ELSE 12.345 END + (m / 2.5)), TRY_CAST(t AS DECIMAL(10,4))) AS c5")
OUTPUT_MODE = "append"
