from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "tinyint(abs(bit_get(try_mod(i, i), 3)) % 100) AS c1", "str_to_map(t, ' ', 'l') AS c2", "CAST((zeroifnull(minute(ts)) % nullif(i, 0)) AS TIMESTAMP) AS c3", "printf('%s=%d', 'a', (2 * i)) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c3 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
