from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), b BOOLEAN, j INT, n DECIMAL(20,0), dt DATE, s STRING, f FLOAT, i INT, ts TIMESTAMP, d DOUBLE, k BIGINT, t STRING").load(INPUT)
result = df.selectExpr("id", "(i * floor(((i * m) + i))) AS c1", "CAST((id - id) AS BOOLEAN) AS c2", "nullif(DATE'2025-03-01', DATE'2025-03-01') AS c3", "abs(CASE WHEN (j <= 0) THEN n WHEN b THEN m WHEN b THEN 12.345 ELSE m END)", "regexp_extract(date_format(ts, 'dd.MM.yy'), '([A-Za-z]+) ([A-Za-z]+)', 2) AS c5")
OUTPUT_MODE = "append"
