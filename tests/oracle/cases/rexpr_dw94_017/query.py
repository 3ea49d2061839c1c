from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(i - locate(' ', 'abc'))", "(b OR b)", "bround(d, 0) AS c3", "char_length(CAST((ts IS NOT NULL) AS STRING))", "date_add(date_add(CAST(ts AS DATE), CASE WHEN (j <= 5) THEN i WHEN (s <> ' ') THEN i WHEN (t >= '2024-02-29') THEN 2 ELSE i END), 10) AS c5")
OUTPUT_MODE = "append"
