from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "date_trunc('HOUR', (CAST(CASE false WHEN false THEN dt ELSE dt END AS TIMESTAMP) + INTERVAL '1-2' YEAR TO MONTH)) AS c1", "(m + f) AS c2")
OUTPUT_MODE = "append"
