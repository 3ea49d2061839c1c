spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("array_insert(array(i, reduce(array(i, CASE WHEN (j >= 0) THEN i ELSE i END, 4), 0, (acc, x) -> acc + coalesce(x, 0))), -4, 9)").alias("c1"), expr("transform_keys(map(CASE WHEN (s LIKE '%o%') THEN date_diff(dt, dt) ELSE 5 END, 'x', 100, 'y'), (k, v) -> k + 1) AS c2"), F.unix_timestamp(F.to_date((col("ts") - expr("INTERVAL -3 DAYS")))).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id"]
