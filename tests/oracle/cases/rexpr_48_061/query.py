from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.quarter(F.date_add(F.to_date(lit("2000-01-01")), lit(0))).isin(lit(3)) | (~F.coalesce(col("b"), lit(False))))).selectExpr("id", "n", "CAST(TIMESTAMP'2024-03-01 12:30:00.123456' AS DOUBLE)", "(m - i) AS c2", "nullif((timestamp_seconds((- i)) - INTERVAL '1-2' YEAR TO MONTH), TIMESTAMP'1999-12-31 23:59:59.999') AS c3", "least(DATE'2023-12-31', dt, trunc(dt, 'MM'))", "(5 < d) AS c5")
OUTPUT_MODE = "append"
