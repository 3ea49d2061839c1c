from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(d + sign(d)) AS c1", "((dt >= date_add(add_months(dt, i), 5)) OR (id <> -2L)) AS c2", "CASE WHEN (dt <> DATE'2000-01-01') THEN m END AS c3", "add_months(dt, i) AS c4", "CASE WHEN equal_null(dayofweek(date_sub(dt, 5)), -1) THEN dt END AS c5").filter("(((n * 5) BETWEEN 12.345 AND 12.345) OR (n IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1, c4 FROM rexpr_q ORDER BY id"]
