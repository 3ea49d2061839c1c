from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "hex(3L) AS c1", "add_months(nvl(dt, to_date('2025-03-01')), i) AS c2", "lower('é') AS c3", "timestamp_seconds((5 * i)) AS c4").filter("(CASE '42' WHEN '2024-02-29' THEN (d <= -1.5D) WHEN '日本' THEN (m <= 1.25) ELSE (d > 2.0D) END OR (s IS NULL))")
OUTPUT_MODE = "append"
