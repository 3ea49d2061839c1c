from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("TRY_CAST(s AS BIGINT)", "(greatest(d, d) IS NOT NULL) AS c2", "(date_add(dt, i) < CAST(DATE'2000-01-01' AS TIMESTAMP)) AS c3", "(dt != to_date('2000-01-01')) AS c4", "CASE WHEN (ts <> TIMESTAMP'2024-02-29 00:00:00') THEN dt WHEN ('' >= s) THEN dt END AS c5")
OUTPUT_MODE = "append"
