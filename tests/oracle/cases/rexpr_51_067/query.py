from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, dt DATE, i INT, m DECIMAL(12,4), d DOUBLE, ts TIMESTAMP, s STRING").json(INPUT)
result = df.selectExpr("id", "CASE false WHEN false THEN CAST('NaN' AS DOUBLE) WHEN false THEN d ELSE (i / nullif(d, 0)) END AS c1", "(-1.5D * m) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
