spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST(i AS BIGINT) AS c1", "zeroifnull(CASE WHEN (s <= ' ') THEN m WHEN (i IS NULL) THEN m WHEN coalesce((n IS NOT NULL), true) THEN m ELSE n END) AS c2", "array_insert(array('a', 'b', 'c'), -1, hex(hmac(CAST(make_dt_interval(i, 2, 3, 4.5) AS STRING), 'msg', 'SHA512'))) AS c3", "(((0L % -4) + (0L + i)) / nullif(shiftright(i, 2), 0)) AS c4", "make_date(year(dt), 2, 30) AS c5").filter(col("id").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
