from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(ts - INTERVAL '1-2' YEAR TO MONTH)", "string(dt) AS c2", "CASE WHEN (b OR b) THEN CASE b WHEN true THEN id WHEN true THEN id ELSE 1L END ELSE 0L END AS c3")
OUTPUT_MODE = "append"
