from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), d DOUBLE, s STRING, ts TIMESTAMP, k BIGINT, i INT, dt DATE").json(INPUT)
result = df.selectExpr("id", "CASE WHEN false THEN dt WHEN TRY_CAST(s AS BOOLEAN) THEN (dt - INTERVAL 2 YEARS) WHEN (d = 0.1D) THEN dt ELSE dt END AS c1", "(nvl(if((s < 'x-y'), dt, dt), DATE'2025-03-01') + INTERVAL 1 DAY) AS c2", "element_at(split(s, ' '), 3) AS c3").where("(ts < TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
