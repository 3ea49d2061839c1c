from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(j < 0)").selectExpr("id", "CASE WHEN b THEN timestamp_seconds(i) ELSE coalesce(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-02-29 00:00:00') END AS c1", "try_element_at(split(CASE WHEN ((t > s) OR b) THEN s WHEN b THEN CASE WHEN (s ILIKE '% %') THEN s WHEN (t LIKE 'H%') THEN CAST((j = 1) AS STRING) ELSE concat(s, t, CAST(DATE'2023-12-31' AS STRING)) END WHEN (t IS NOT NULL) THEN substring(least(s, s), 5, 10) ELSE t END, '-'), 3) AS c2", "least(unix_timestamp(to_date('2023-12-31')), CASE (b IS NOT TRUE) WHEN true THEN id ELSE id END, (2 * id)) AS c3", "(t <=> '42') AS c4")
OUTPUT_MODE = "append"
