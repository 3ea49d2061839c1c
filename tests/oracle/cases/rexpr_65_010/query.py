from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, m DECIMAL(12,4), k BIGINT, dt DATE, j INT, b BOOLEAN, s STRING, t STRING, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "(CASE WHEN (k > -2L) THEN nullif(id, 3L) WHEN (t LIKE 'a%') THEN id WHEN (d IS NULL) THEN id ELSE 1L END / -4) AS c1", "try_element_at(split(t, ','), 1)", "CASE WHEN ((i / nullif(i, 0)) IS NULL) THEN crc32(t) WHEN b THEN (10 * id) WHEN b THEN ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) ELSE id END AS c3", "(m / 10.5) AS c4")
OUTPUT_MODE = "append"
