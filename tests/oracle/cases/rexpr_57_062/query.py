from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(id / nullif(d, 0)) AS c1", "months_between(CASE WHEN (b IS NOT NULL) THEN dt WHEN CASE WHEN (dt IS NOT NULL) THEN b ELSE (t < 'abc') END THEN CASE WHEN (s IS NOT NULL) THEN dt WHEN true THEN dt WHEN (n IS NOT NULL) THEN dt ELSE to_date('2024-02-29') END ELSE dt END, (ts - INTERVAL '1-2' YEAR TO MONTH), false) AS c2", "date_add(make_date(year(CASE WHEN b THEN dt ELSE dt END), 2, 28), i) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id DESC"]
