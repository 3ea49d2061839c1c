from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("m") < lit(99.99).cast("decimal(4,2)"))).selectExpr("id", "(dt != ts)", "ceiling(CASE WHEN abs(round(sin(i), 3)) < 1e9D THEN round(sin(i), 3) END) AS c2", "(m % nullif(m, 0))").filter("(ts >= TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "append"
