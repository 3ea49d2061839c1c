from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "sha2(string(b), 224) AS c1", "CASE WHEN (dt = DATE'2025-03-01') THEN CASE WHEN b THEN dt ELSE date_from_unix_date(i) END ELSE add_months(dt, i) END AS c2").where("((i >= 3.75D) OR (dt IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id"]
