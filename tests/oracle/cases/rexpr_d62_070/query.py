from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((d / nullif(d, 0)) / nullif(CASE WHEN (i IS NOT NULL) THEN d WHEN (n <> 0.001) THEN d WHEN b THEN d ELSE d END, 0))", "TRY_CAST(greatest(d, CAST(NULL AS DOUBLE), 100.0D) AS DECIMAL(10,4)) AS c2", "lcase(s) AS c3")
OUTPUT_MODE = "append"
