from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, i INT, s STRING, f FLOAT, b BOOLEAN, ts TIMESTAMP, n DECIMAL(5,3), m DECIMAL(10,2), dt DATE, d DOUBLE").json(INPUT)
result = df.where((col("d") == lit(float("nan")))).selectExpr("dt", "nullif(0L, 0L) AS c1", "abs((- (n - -1))) AS c2", "nullif(add_months(last_day(DATE'2024-02-29'), i), DATE'2025-03-01') AS c3", "repeat(greatest(t, rpad(s, 8, ' ')), 2) AS c4").filter(((col("f") != col("m")) | (col("n") == expr("0.5"))))
OUTPUT_MODE = "append"
