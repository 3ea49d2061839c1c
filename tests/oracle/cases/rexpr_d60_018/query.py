from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(20,0), dt DATE, d DOUBLE, j INT, ts TIMESTAMP, s STRING, i INT, m DECIMAL(10,2)").load(INPUT)
result = df.selectExpr("id", "i", "unix_timestamp(nullif(next_day(CASE WHEN (n <= 12.345) THEN dt ELSE dt END, 'TU'), to_date('2000-01-01'))) AS c1", "(length(date_format(dt, 'D')) * -1) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, i, c1 FROM rexpr_q ORDER BY id"]
