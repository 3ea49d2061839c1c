from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("dt") == F.to_date(lit("2023-12-31")))).selectExpr("id", "date_add(dt, i)", "expm1((m + nullif(log2(abs(i) + 1), CAST('NaN' AS DOUBLE)))) AS c2", "CASE WHEN (format_string('%e', f) = coalesce('42', 'o', 'abc')) THEN bround((f * 0.5), -1) WHEN b THEN f WHEN (f >= 3.75D) THEN CASE WHEN b THEN d WHEN b THEN d WHEN (d >= 100.0D) THEN d ELSE d END END AS c3", "add_months((date_add(last_day(dt), i) - INTERVAL 1 MONTH), i) AS c4").filter((~F.coalesce(col("s").contains("o"), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
