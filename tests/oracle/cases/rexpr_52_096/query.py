from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nvl2(s, i, 100) AS c1", "make_date(year(CASE WHEN (i IS NOT NULL) THEN dt WHEN (n IS NOT NULL) THEN dt WHEN (d <> 0.001D) THEN dt ELSE DATE'2023-12-31' END), pmod(i, 12) + 1, 28) AS c2", "CASE WHEN (dt = greatest(ts, ts)) THEN t WHEN b THEN t WHEN (id = 0L) THEN t ELSE t END AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
