from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "crc32(rpad('2024-02-29', 3, 'ab')) AS c1", "(d < m)", "unix_timestamp(dt) AS c3", "format_string('%.2f / %s', d, ' ') AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c3, c1 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
