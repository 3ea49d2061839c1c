from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN dt WHEN (dt <> to_date('2023-12-31')) THEN dt ELSE dt END", "CASE WHEN b THEN dt WHEN true THEN DATE'2000-01-01' ELSE to_date('2023-12-31') END AS c2").filter((F.nvl2(col("i"), col("b"), lit(True)) | (col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
