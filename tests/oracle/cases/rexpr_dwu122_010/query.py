from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, m DECIMAL(12,4), i INT, s STRING, t STRING, j INT, k BIGINT, d DOUBLE, dt DATE").json(INPUT)
df.where("(array_contains(split(t, ','), 'b') OR (j < -1))").createOrReplaceTempView("src")
result = spark.sql("SELECT try_to_date(t) AS k1, max(CAST(make_timestamp_ntz(2024, abs(date_diff(dt, dt)) % 12 + 1, 29, 10, 30, 45.5) AS STRING)) AS a1, regr_count(i, power(i, i % 5)) AS a2, max(CAST(d AS INT)) AS a4, count_if((t COLLATE UTF8_BINARY = 'Hello World')) AS a3 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
