from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "months_between(date_trunc('MINUTE', TIMESTAMP'2024-03-01 12:30:00.123456'), ts) AS c1", "if(b, (m * m), (m - 3))", "try_to_timestamp('abc') AS c3").filter("(CAST(k AS BOOLEAN) OR (k IS NULL))")
OUTPUT_MODE = "append"
