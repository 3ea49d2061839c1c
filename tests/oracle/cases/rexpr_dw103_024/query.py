from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, ts TIMESTAMP, s STRING, n DECIMAL(9,5), d DOUBLE, b BOOLEAN, dt DATE, m DECIMAL(10,2), t STRING").load(INPUT)
result = df.where((F.exists(F.split(col("s"), " "), lambda x: x == lit("o")) | (col("dt") != F.to_date(lit("2000-01-01"))))).selectExpr("id", "CAST(add_months(dt, i) AS TIMESTAMP)", "CASE WHEN ((ts IS NOT NULL) AND b) THEN ln(n) WHEN b THEN d WHEN b THEN bround(d, 3) ELSE 0.001D END AS c2", "TRY_CAST(s AS DATE) AS c3").filter((~F.coalesce(F.contains(F.md5(col("t")), lit("")), lit(False))))
OUTPUT_MODE = "append"
