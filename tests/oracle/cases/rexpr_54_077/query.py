from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("k", "(i * 100000000) AS c1", "((ts - INTERVAL 36 HOURS) + INTERVAL -3 DAYS) AS c2", "nvl2(exp(0), ceil(CASE WHEN abs(round(f, 3)) < 1e9D THEN round(f, 3) END), 1000L) AS c3", "(dt IS NULL) AS c4")
OUTPUT_MODE = "append"
