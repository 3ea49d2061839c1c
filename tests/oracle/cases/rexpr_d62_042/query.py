from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, i INT, j INT, dt DATE, s STRING, d DOUBLE, m DECIMAL(18,6), ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(timestamp_millis(i) - INTERVAL '1-2' YEAR TO MONTH) AS c1", "try_divide(0.001D, i)").filter((((col("i") > lit(2)) >= col("j").isNotNull()) | (col("dt") <= F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
