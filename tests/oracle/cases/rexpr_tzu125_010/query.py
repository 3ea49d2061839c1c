spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("transform_keys(map((i + array_min(array(i, i, CAST(NULL AS INT)))), 'x', 100, 'y'), (k, v) -> k + 1)").alias("c1"), expr("(m / nullif(m, 0))").alias("c2"), expr("from_xml(s, 'a INT', map('mode', 'FAILFAST'))").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
