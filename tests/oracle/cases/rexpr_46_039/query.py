from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(i / nullif(i, 0)) AS c1", "nvl(-2L, 1000L) AS c2", "(year(ts) > m) AS c3", "CAST((s NOT IN ('é')) AS DOUBLE) AS c4", "hash(d)")
OUTPUT_MODE = "append"
