from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(i % 2) AS c1", "(d * d)", "TRY_CAST(d AS DECIMAL(6,3)) AS c3", "greatest(dt, dt, dt) AS c4")
OUTPUT_MODE = "append"
