from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((id + id) * (d * id)) AS c1", "(m * CAST('NaN' AS DOUBLE)) AS c2", "nullif((ts + INTERVAL -3 DAYS), TIMESTAMP'2024-02-29 00:00:00')", "CAST(((i + 100.0D) = (m - m)) AS INT) AS c4", "nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') AS c5")
OUTPUT_MODE = "append"
