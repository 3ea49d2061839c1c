from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("n") == lit(99.99).cast("decimal(4,2)"))).selectExpr("id", "(i % 3) AS c1", "bround(n, 1) AS c2", "CAST(TIMESTAMP'2024-02-29 00:00:00' AS DOUBLE)", "CASE WHEN (ts = TIMESTAMP'2024-02-29 00:00:00') THEN m WHEN (n > 12.345) THEN n WHEN false THEN n END")
OUTPUT_MODE = "append"
