from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(((100.0D + i) < size(split(concat(t, '日本', s), ','))) OR (d >= 0.001D))").selectExpr("id", "CAST(m AS STRING) AS c1", "TRY_CAST(m AS BIGINT) AS c2", "CAST(d AS INT) AS c3").where(((col("c2") == lit(3).cast("bigint")) | (col("c2") > lit(0).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
