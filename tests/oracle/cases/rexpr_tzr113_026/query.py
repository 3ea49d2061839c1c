spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, b BOOLEAN, dt DATE, m DECIMAL(12,4), ts TIMESTAMP, s STRING, d DOUBLE, i INT").load(INPUT)
result = df.selectExpr("id", "rint(CASE WHEN b THEN nanvl(csc(nullif(d, 0)), -1.0D) WHEN TRY_CAST(s AS BOOLEAN) THEN d ELSE asin((- d) / 1000) END) AS c1", "CAST(greatest(reduce(array(i, 2, 4), 0, (acc, x) -> acc + coalesce(x, 0)), smallint(5), abs(i)) AS TIMESTAMP) AS c2", "round(m, 3) AS c3").where("(NOT coalesce(is_valid_utf8(s), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
