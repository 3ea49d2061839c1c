from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "b", expr("(NOT (m >= f)) AS c1"), expr("(i - 1L) AS c2"), expr("date_trunc('MONTH', (TIMESTAMP'2024-02-29 00:00:00' + INTERVAL 1 MONTH))"))
OUTPUT_MODE = "append"
