from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "(i + id) AS c1", "(date_format(ts, 'a h:mm') IS NULL) AS c2", "(99.99 + m) AS c3", "TRY_CAST(concat(greatest(s, 'Hello', ' '), '42', s) AS BIGINT) AS c4")
OUTPUT_MODE = "append"
