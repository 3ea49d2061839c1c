spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("timestamp_diff('SECOND', nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), CASE WHEN (id >= -2L) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (f IS NOT NULL) THEN ts ELSE ts END) AS c1"), expr("map_values(map(1, trunc(add_months(dt, i), 'mon'), 2, NULL))").alias("c2"), expr("sequence(to_date('2023-12-31'), date_add(to_date('2023-12-31'), 3), INTERVAL 1 DAY)[1] AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
