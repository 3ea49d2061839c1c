from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(TRY_CAST(s AS BOOLEAN) OR (d <= 100.0D))").selectExpr("id", "coalesce(i, 12) AS c1", "(b >= (dt IS NOT NULL)) AS c2", "date_format(nullif((CASE WHEN b THEN ts WHEN (ts IS NOT NULL) THEN ts WHEN (id = 0L) THEN ts ELSE ts END + INTERVAL -3 DAYS), TIMESTAMP'2024-03-01 12:30:00.123456'), 'yyyy-MM-dd') AS c3", "(i + i) AS c4").filter("((-1.5D < 0.001D) OR (c3 IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1, c4 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
