from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "n", "(NOT (b AND CASE WHEN b THEN (dt = to_date('2025-03-01')) ELSE b END)) AS c1", "((least(id, id, 86400L) * 2) % nullif(CASE WHEN (ts <= TIMESTAMP'2024-02-29 00:00:00') THEN i WHEN true THEN i ELSE TRY_CAST(0.5D AS INT) END, 0)) AS c2", "greatest(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456') AS c3", "months_between(dt, CASE WHEN b THEN try_to_timestamp(s) WHEN startswith(s, 'a') THEN ts WHEN (s = '') THEN CAST(dt AS TIMESTAMP) ELSE CASE WHEN (m = 100BD) THEN ts ELSE ts END END) AS c4", "floor((n - i), -1)").where(F.coalesce(F.isnan(col("d")), lit(True)))
OUTPUT_MODE = "append"
