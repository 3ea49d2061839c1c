from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.is_valid_utf8(expr("printf('%x %o %08d', i, i, i)")) | col("d").isNotNull())).selectExpr("id", "CAST(dt AS TIMESTAMP)", "CASE WHEN b THEN m ELSE m END AS c2", "encode(try_parse_url(s, 'HOST'), 'UTF-8') AS c3", "positive(try_subtract((m - i), m)) AS c4", "instr(s, '') AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c3 FROM rexpr_q ORDER BY id DESC"]
