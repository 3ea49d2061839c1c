from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dt", "array_insert(array(size(split(regexp_extract(s, '([0-9]+)', 1), '  *')), extract(YEAR FROM dt)), 2, 9) AS c1", "try_divide(d, d) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT dt, c1 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
