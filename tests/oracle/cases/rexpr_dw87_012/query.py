from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce((d > 3.75D), true)").selectExpr("id", "j", "(round((m * 12.345)) / nullif((m * 99.99), 0)) AS c1", "(ln(m) < CAST(i AS DOUBLE)) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT j, c2, c1 FROM rexpr_q ORDER BY id DESC"]
