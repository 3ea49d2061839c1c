from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "lpad(date_format(TIMESTAMP'2024-02-29 00:00:00', 'HH:mm:ss'), 0, '*') AS c1", "trunc(date_add(dt, i), 'mon') AS c2", "pow(m, 2)", "(((i - m) / nullif(abs(m), 0)) / 3) AS c4", "(i * -1) AS c5")
OUTPUT_MODE = "append"
