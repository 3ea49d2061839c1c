from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "xxhash64(CASE WHEN (i >= -1) THEN id WHEN b THEN id WHEN (k >= 3L) THEN id ELSE id END, unix_seconds(ts)) AS c1", "CASE WHEN regexp_like(t, '[aeiou]{2}') THEN ts END AS c2", "date_trunc('HOUR', try_to_timestamp(t)) AS c3", "nullif(dt, DATE'2024-02-29') AS c4", "transform_keys(map(try_mod(2, i), 'x', 100, 'y'), (k, v) -> k + 1) AS c5")
OUTPUT_MODE = "append"
