from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, s STRING, i INT, ts TIMESTAMP, d DOUBLE, m DECIMAL(7,0), b BOOLEAN, t STRING, j INT, f FLOAT, k BIGINT").json(INPUT)
result = df.selectExpr("m", "floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c1", "CAST(i AS TIMESTAMP) AS c2", "(i + j) AS c3")
OUTPUT_MODE = "append"
