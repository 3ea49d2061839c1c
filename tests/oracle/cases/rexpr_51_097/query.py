from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(9,5), dt DATE, i INT, d DOUBLE, s STRING, b BOOLEAN, m DECIMAL(10,2), ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "isnan(months_between(nvl2(ts, TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'2024-03-01 12:30:00.123456'), ts)) AS c1", "(nvl2((dt <> ts), id, 3L) + (i / 7)) AS c2", "(1L * 10) AS c3", "try_element_at(split(s, '  *'), 2) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
