from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, m DECIMAL(12,4), b BOOLEAN, t STRING, s STRING, f FLOAT, dt DATE, i INT").json(INPUT)
result = df.selectExpr("id", "least(i, i, i) AS c1", "(i + greatest(i, i)) AS c2", "pmod(i, nullif(i, 0)) AS c3", "weekday(DATE'2023-12-31')").where(((col("f") > lit(3).cast("bigint")) | (col("s") >= lit("o"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1, c2 FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id DESC"]
