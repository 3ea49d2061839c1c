from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "trunc(least(dt, dt), 'Q') AS c1", "(id - id)", "CASE WHEN (1000L IS NOT NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN b THEN ts ELSE ts END AS c3")
OUTPUT_MODE = "append"
