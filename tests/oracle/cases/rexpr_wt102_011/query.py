from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("date_trunc('HOUR', (date_trunc('MINUTE', least(ts, ts)) - INTERVAL 1 DAY)) AS c1", "date_trunc('WEEK', (ts + INTERVAL '1-2' YEAR TO MONTH)) AS c2", "nullif(m, 0.5) AS c3", "locate('o', s) AS c4")
OUTPUT_MODE = "append"
