from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((((col("m") <= col("d")) | col("b")) | (col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))))).selectExpr("id", "string(0.5)", "(dayofmonth(dt) / 2) AS c2", "round(d, 3) AS c3").filter((~col("b")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
