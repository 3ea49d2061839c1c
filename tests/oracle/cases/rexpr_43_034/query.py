from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("b") >= lit(True)) | (col("j") == lit(5)))).select("id", expr("(NOT ((ts >= TIMESTAMP'1999-12-31 23:59:59.999') AND (i IS NOT NULL))) AS c1"), expr("last_day(trunc(DATE'2000-01-01', 'yy'))").alias("c2"), expr("CASE WHEN b THEN (m - m) WHEN (s IS NULL) THEN (m * m) WHEN b THEN m ELSE CASE WHEN b THEN m ELSE 12.345 END END").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
