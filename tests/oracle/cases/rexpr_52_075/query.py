from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), f FLOAT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, t STRING, s STRING, i INT, dt DATE, j INT").json(INPUT)
result = df.filter(((F.isnull(col("b")) & F.when((~col("b")), col("b")).otherwise((col("t") > lit("日本")))) | col("b").isNull())).selectExpr("id", "abs(round(m))", "try_divide(bround(f, 3), i) AS c2").filter((F.when(col("b"), col("b")).when(col("t").rlike("[0-9]+"), (col("b") & col("b"))).when((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))), col("b")) | col("ts").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
