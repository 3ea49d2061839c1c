from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "last_day(dt)", "(i * m) AS c2", "CASE (t BETWEEN 'a' AND '2024-02-29') WHEN true THEN TIMESTAMP'2024-03-01 12:30:00.123456' END AS c3", "concat(s, CAST(datediff(dt, dt) AS STRING), CAST(dt AS STRING)) AS c4")
OUTPUT_MODE = "append"
