from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("m") <= lit(-3.10).cast("decimal(3,2)")) | (col("d") == lit(-1.5)))).selectExpr("id", "length(trim(concat('x-y', s, CAST((i - i) AS STRING)))) AS c1", "('日本' != s)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
