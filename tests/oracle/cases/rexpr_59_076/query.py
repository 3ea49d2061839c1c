from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "b", "date_trunc('DAY', ts) AS c1", "CASE WHEN (b != true) THEN pmod(id, nullif(hour(TIMESTAMP'2024-02-29 00:00:00'), 0)) WHEN b THEN nvl2(b, id, 1000L) END AS c2")
OUTPUT_MODE = "append"
