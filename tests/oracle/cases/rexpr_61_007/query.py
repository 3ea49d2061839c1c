from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("((0 * least(id, id, id)) <= month(ts)) AS c1", "coalesce(CASE WHEN (i IS NOT NULL) THEN greatest(d, (i / nullif(i, 0)), d) WHEN (n <> 100BD) THEN d WHEN b THEN (0.001 * 2.0D) ELSE d END, abs(d), 2.0D) AS c2", "CAST(size(split(s, '  *')) AS BIGINT) AS c3", "((0.001 * (i * 1)) * least(i, i)) AS c4", "(2 - 10) AS c5")
OUTPUT_MODE = "append"
