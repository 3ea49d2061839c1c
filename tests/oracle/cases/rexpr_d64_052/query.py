from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, k BIGINT, n DECIMAL(5,3), d DOUBLE, t STRING, b BOOLEAN, j INT, m DECIMAL(18,6), dt DATE, ts TIMESTAMP, i INT").json(INPUT)
result = df.selectExpr("id", "(0 - datediff(dt, make_date(2024, pmod(i, 12) + 1, 1))) AS c1", "unix_timestamp(ts) AS c2")
OUTPUT_MODE = "append"
