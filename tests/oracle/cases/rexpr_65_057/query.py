from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(n * i) AS c1", "CASE WHEN (i < -1) THEN k WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN k WHEN ((dt <= to_date('2023-12-31')) OR true) THEN 0L ELSE nullif(id, 86400L) END AS c2")
OUTPUT_MODE = "append"
