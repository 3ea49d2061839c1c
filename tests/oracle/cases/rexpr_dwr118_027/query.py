from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "array_intersect(array(i, i, NULL, 1), array(1, NULL, i))", "json_tuple(s, 'a')", "if((m IS NOT NULL), sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], trunc(dt, 'WEEK')) AS c3", "split_part(s, ' ', 3) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
