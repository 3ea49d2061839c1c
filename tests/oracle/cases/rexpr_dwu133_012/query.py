from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "d", "explode(map('a', i, 'b', i))", "nullif(date_trunc('DAY', timestampadd(DAY, shiftrightunsigned(i, 28), (ts - INTERVAL 1 DAY))), TIMESTAMP'2024-03-01 12:30:00.123456') AS c2", "upper(bin(id))")
OUTPUT_MODE = "append"
