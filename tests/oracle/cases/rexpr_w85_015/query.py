from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "replace(translate(concat_ws(', ', s, CAST(size(split('x-y', '-')) AS STRING), sha2(s, 0)), 'lo', '01'), 'l', 'LL') AS c1", "equal_null(nvl(i, 1), 0) AS c2")
OUTPUT_MODE = "append"
