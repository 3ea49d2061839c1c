from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("d") <= lit(0.001))).selectExpr("id", "regexp_extract(date_format((dt - INTERVAL 1 DAY), 'MMM d, yyyy'), '(.)(.)', 0) AS c1", "coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00') AS c2").filter("(b IS NOT NULL)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id DESC"]
