from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dateadd(dt, datediff(DATE'2024-02-29', ts)) AS c1", "(TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL -3 DAYS) AS c2", "nullif(TRY_CAST(id AS DECIMAL(38,18)), 1.25) AS c3")
OUTPUT_MODE = "append"
