from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, k BIGINT, s STRING, b BOOLEAN, d DOUBLE, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(7,0), i INT").json(INPUT)
result = df.selectExpr("id", "to_date(date_format(date_add(make_date(2024, month(dt), 1), i), 'yyyyMMdd'), 'yyyyMMdd') AS c1", "CASE WHEN (datediff(dt, dt) NOT IN (10)) THEN least((TIMESTAMP'2024-02-29 00:00:00' - INTERVAL 1 DAY), nullif(CAST(dt AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00'), ts) ELSE ts END AS c2", "CASE WHEN b THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' ELSE ts END AS c3", "((3 * i) IN (3)) AS c4")
OUTPUT_MODE = "append"
