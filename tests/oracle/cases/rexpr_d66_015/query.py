from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(f <= CAST('NaN' AS DOUBLE))").selectExpr("id", "(dt - INTERVAL 1 DAY) AS c1", "least(date_trunc('SECOND', timestamp_millis(try_subtract(i, i))), nvl2((id > 0L), nullif(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'2024-02-29 00:00:00'), ts) AS c2")
OUTPUT_MODE = "append"
