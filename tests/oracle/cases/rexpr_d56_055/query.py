from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("dt", "CASE WHEN b THEN 100.0D WHEN b THEN d ELSE 100.0D END", "(s ILIKE '%') AS c2", "(i - d) AS c3")
OUTPUT_MODE = "append"
