from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), dt DATE, s STRING, f FLOAT, b BOOLEAN, i INT, ts TIMESTAMP, j INT, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "((f IS NOT NULL) OR (s < '日本')) AS c1", "isnan(f)", "repeat(s, 2) AS c3", "coalesce(round(m, 3), 1.25)")
OUTPUT_MODE = "append"
