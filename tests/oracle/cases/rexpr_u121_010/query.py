from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, d DOUBLE, j INT, s STRING, b BOOLEAN, m DECIMAL(12,4), i INT, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "unix_micros(date_trunc('WEEK', CAST(if((s < ''), i, i) AS TIMESTAMP))) AS c1", "arrays_zip(array(regexp_instr(s, '([a-z])([a-z])', 2), 2), array(repeat(s, 1)), array()) AS c2", "sentences('Hello there. How are you? ' || concat('abc', '42', s), 'en', 'US')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
