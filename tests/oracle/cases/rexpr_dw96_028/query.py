from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(s ILIKE '%o%')", "CASE WHEN (s = 'x-y') THEN dt WHEN (ts < TIMESTAMP'2024-02-29 00:00:00') THEN trunc(nullif(dt, DATE'2023-12-31'), 'mon') END AS c2", "TRY_CAST(f AS DECIMAL(20,0))", "(id - id) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id"]
