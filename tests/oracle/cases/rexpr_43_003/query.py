from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT regexp_replace(try_element_at(split('a', ','), 1), '^.', '') AS k1, CASE WHEN CASE WHEN (m = 100BD) THEN b WHEN b THEN (ts IS NOT NULL) ELSE (ts = TIMESTAMP'2024-03-01 12:30:00.123456') END THEN d WHEN (dt <> to_date('2024-02-29')) THEN d WHEN b THEN (2.0D * 0.001) END AS k2, (max(bround(d, 3)) - min(bround(d, 3))) AS a1, count_if((k <=> id)) AS a2, min(get(split(s, '  *'), 2)) AS a3 FROM src GROUP BY regexp_replace(try_element_at(split('a', ','), 1), '^.', ''), CASE WHEN CASE WHEN (m = 100BD) THEN b WHEN b THEN (ts IS NOT NULL) ELSE (ts = TIMESTAMP'2024-03-01 12:30:00.123456') END THEN d WHEN (dt <> to_date('2024-02-29')) THEN d WHEN b THEN (2.0D * 0.001) END")
OUTPUT_MODE = "complete"
