from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("month(ts) AS c1", "CAST((TIMESTAMP'2024-02-29 00:00:00' + INTERVAL 36 HOURS) AS BIGINT) AS c2")
OUTPUT_MODE = "append"
