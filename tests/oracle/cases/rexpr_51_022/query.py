from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, d DOUBLE, s STRING, i INT, m DECIMAL(10,2), t STRING, dt DATE, k BIGINT, b BOOLEAN").load(INPUT)
result = df.selectExpr("id", "t", "least(add_months(dt, i), last_day(dt), dt) AS c1", "((i * 0) IN (1, -1, 10)) AS c2", "CASE WHEN (i <> k) THEN (3 * nullif(id, 1000L)) ELSE k END AS c3")
OUTPUT_MODE = "append"
