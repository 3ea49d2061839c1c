spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, t STRING, m DECIMAL(10,2), k BIGINT, i INT, s STRING, dt DATE, b BOOLEAN, n DECIMAL(5,3), j INT, d DOUBLE").json(INPUT)
result = df.where((col("b") | col("m").isNotNull())).selectExpr("id", "nullif(0.001, -3.10)", "regexp_like(CASE WHEN (1L <> d) THEN s WHEN (j < 0) THEN regexp_substr(concat_ws('-', s, CAST(n AS STRING), t), 'o.') WHEN (t <=> 'abc') THEN t ELSE t END, '[0-9]+') AS c2", "(1L % nullif(j, 0)) AS c3", "nullif(year(CASE WHEN b THEN ts WHEN (n < 100BD) THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN b THEN ts ELSE ts END), 2) AS c4", "date_trunc('HOUR', least(ts, make_timestamp(year(dt), month(dt), dayofmonth(dt), 12, 30, 59.999999))) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
