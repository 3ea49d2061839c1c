from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST(m AS STRING) AS c1", "(ts - INTERVAL '90' MINUTE) AS c2", "lower(t) AS c3", "make_date(2023, month(dt), 28) AS c4").where("(((12.345 IN (99.99)) IS NULL) OR (c4 = DATE'2024-02-29'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
