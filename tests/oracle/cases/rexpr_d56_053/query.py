from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(b <=> true) AS c1", "locate('l', bin(0L), 5) AS c2", "CAST(CASE WHEN (d <> -1.5D) THEN timestamp_seconds(1) ELSE ts END AS BIGINT) AS c3", "(- least((m * d), d)) AS c4", "(nullif(timestamp_seconds(-1), TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL 1 DAY) AS c5")
OUTPUT_MODE = "append"
