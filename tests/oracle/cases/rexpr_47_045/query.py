from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(m IS NOT NULL)", "(m / nullif(round(m), 0))", "contains(CASE WHEN (t ILIKE '% %') THEN s ELSE CAST(d AS STRING) END, '') AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id DESC"]
