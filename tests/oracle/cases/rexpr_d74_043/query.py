from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, j INT, ts TIMESTAMP, s STRING, d DOUBLE, k BIGINT, dt DATE, i INT, m DECIMAL(12,4), f FLOAT").json(INPUT)
result = df.selectExpr("id", "nvl2(isnull(k), (m * m), -3.10) AS c1", "(id % i) AS c2", "((100BD + CASE WHEN (m IS NOT NULL) THEN m ELSE m END) IS NOT NULL) AS c3", "(((m / nullif((m + m), 0)) / nullif(m, 0)) + datediff(ts, dt)) AS c4", "CAST(12.345 AS DOUBLE) AS c5", "date_trunc('yyyy', ts) AS c6")
OUTPUT_MODE = "append"
