from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, d DOUBLE, m DECIMAL(12,4), dt DATE, i INT, n DECIMAL(5,3), j INT, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "TRY_CAST(s AS BOOLEAN) AS c1", "CASE WHEN array_contains(split(s, ','), 'b') THEN d ELSE bround((CASE WHEN (i <> -1) THEN d WHEN (s >= 'Hello') THEN d WHEN (j IS NOT NULL) THEN d END - m), 0) END AS c2", "(-1 * id) AS c3").where("(CASE WHEN ('2024-02-29' RLIKE 'o$') THEN c1 WHEN false THEN c1 ELSE ('Hello' IN ('a', '日本', '2024-02-29')) END OR (NOT c1))")
OUTPUT_MODE = "append"
