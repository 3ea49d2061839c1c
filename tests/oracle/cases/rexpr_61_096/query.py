from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST(id AS DOUBLE) AS c1", "CASE WHEN (id <= 3L) THEN least(dt, dt) WHEN b THEN DATE'2025-03-01' WHEN b THEN next_day(coalesce(dt, DATE'2024-02-29'), 'TU') ELSE dt END AS c2", "(m * i)", "CAST(b AS DOUBLE) AS c4", "TRY_CAST(id AS INT) AS c5")
OUTPUT_MODE = "append"
