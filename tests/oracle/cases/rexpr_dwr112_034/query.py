from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), j INT, ts TIMESTAMP, s STRING, b BOOLEAN, dt DATE, t STRING, i INT, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "trunc(date_from_unix_date(date_diff(dt, dt)), 'mon') AS c1", "str_to_map('a:1,b:2,c:' || array_min(array(i, i, CAST(NULL AS INT))))", "encode(printf('%s=%d', t, greatest(i, hour(ts), i)), 'UTF-8') AS c3", "stack(3, dt, 1, dt)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY id DESC"]
