from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(id % nullif(quarter(dt), 0)) AS c1", "(d / 7.0D) AS c2", "CASE WHEN (d <= 0.1D) THEN (NOT b) WHEN b THEN b ELSE b END AS c3", "(CAST((3L * d) AS STRING) IS NULL) AS c4").where("((t >= '2024-02-29') OR (d < -1.5D))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
