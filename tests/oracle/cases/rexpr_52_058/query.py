from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, ts TIMESTAMP, s STRING, m DECIMAL(12,4), k BIGINT, j INT, n DECIMAL(5,3), b BOOLEAN, dt DATE, i INT").json(INPUT)
result = df.selectExpr("id", "locate(' ', s, 2) AS c1", "least(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), ts, CASE WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE ts END) AS c2", "TRY_CAST(coalesce(id, id, -2L) AS INT) AS c3", "(3L - CASE WHEN (d IS NOT NULL) THEN id END) AS c4").where("(true OR (c2 >= TIMESTAMP'2024-02-29 00:00:00'))")
OUTPUT_MODE = "append"
