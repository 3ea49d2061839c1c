from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "rpad(s, 8, ' ') AS c1", "((i + m) + (0.001 / nullif(m, 0))) AS c2", "bround((m - m), 1) AS c3")
OUTPUT_MODE = "append"
