from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "least(TIMESTAMP'2024-02-29 00:00:00', ts, ts) AS c1", "ceil(d) AS c2", "floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c3")
OUTPUT_MODE = "append"
