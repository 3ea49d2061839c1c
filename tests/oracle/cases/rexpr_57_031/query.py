from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "j", "TRY_CAST(j AS DECIMAL(5,1)) AS c1", "nullif(date_trunc('DAY', ts), TIMESTAMP'2024-03-01 12:30:00.123456') AS c2", "add_months(dt, i) AS c3", "coalesce((m + n), least(m, n), -3.10) AS c4")
OUTPUT_MODE = "append"
