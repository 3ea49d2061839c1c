from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (t <= '') THEN d ELSE d END AS c1", "(right('42', 2) RLIKE '^\\\\s') AS c2", "least(m, m) AS c3", "last_day(last_day(dt)) AS c4").filter("(c1 > 100.0D)")
OUTPUT_MODE = "append"
