spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "repeat(replace(s, ' ', ''), 0) AS c1", "((ts IS NOT NULL) OR (id <> 1L))", "(sqrt((m + i)) * d) AS c3", "bround((n * CAST(extract(DAY FROM (to_date('2023-12-31') - ts)) AS INT)), 0) AS c4", "trunc(CASE WHEN (m < -3.10) THEN to_date(ts) WHEN isnan(d) THEN dt WHEN isnull(TIMESTAMP'1999-12-31 23:59:59.999') THEN make_date(2023, 12, 1) ELSE dt END, 'Q') AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
