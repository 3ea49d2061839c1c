spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, ts TIMESTAMP, i INT, s STRING, m DECIMAL(7,0), b BOOLEAN, d DOUBLE, j INT").load(INPUT)
result = df.selectExpr("id", "(date_trunc('DAY', ts) - INTERVAL '90' MINUTE) AS c1", "(d / 7) AS c2", "ifnull(split_part(substr(s, -3, 0), ' ', 1), 'a') AS c3", "coalesce(pmod(id, -4), TRY_CAST(tanh(d) AS BIGINT), 1L) AS c4").filter((col("c1") >= F.to_timestamp(lit("2024-02-29 00:00:00"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
