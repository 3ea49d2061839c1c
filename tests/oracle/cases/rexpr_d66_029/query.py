from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "unix_date(CASE WHEN (d > i) THEN CASE WHEN (DATE'2025-03-01' IS NULL) THEN dt WHEN ((f >= 100.0D) <> (dt <> to_date('2000-01-01'))) THEN dt WHEN (f IS NOT NULL) THEN dt ELSE dt END WHEN (f < 100.0D) THEN dt END) AS c1", "nullif((nullif((m + m), 1.25) + pmod(m, nullif(12.345, 0))), 1.25) AS c2", "(d IS NULL)", "sha2(conv(array_join(split(repeat(t, 3), ' '), '-'), 16, 10), 224) AS c4", "date_trunc('WEEK', CASE WHEN (s <= 'abc') THEN ts WHEN (dt > to_date('2024-02-29')) THEN ts END) AS c5")
OUTPUT_MODE = "append"
