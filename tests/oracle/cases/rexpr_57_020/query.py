from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(ts < TIMESTAMP'2024-03-01 12:30:00.123456')").selectExpr("id", "if(b, i, i) AS c1", "CAST(i AS TIMESTAMP) AS c2", "nullif((m / nullif(12.345, 0)), 99.99) AS c3", "(ceil((i * m)) / 2.5) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
