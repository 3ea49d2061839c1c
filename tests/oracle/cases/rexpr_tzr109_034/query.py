spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(((ts - INTERVAL 36 HOURS) IS NOT NULL), true)").selectExpr("id", "CASE WHEN b THEN m WHEN (d <= 3.75D) THEN m ELSE m END AS c1", "to_number(s, '999') AS c2", "date_trunc('DAY', ts) AS c3", "sentences('abc')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
