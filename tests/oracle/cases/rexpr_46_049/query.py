from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, dt DATE, i INT, t STRING, m DECIMAL(7,0), b BOOLEAN, ts TIMESTAMP, s STRING, d DOUBLE, k BIGINT").json(INPUT)
result = df.selectExpr("least((ts - INTERVAL -3 DAYS), ts) AS c1", "datediff(dt, (to_date('2024-02-29') + INTERVAL '1-1' YEAR TO MONTH))")
OUTPUT_MODE = "append"
