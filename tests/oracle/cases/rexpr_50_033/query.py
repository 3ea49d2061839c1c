from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("CASE WHEN startswith(s, 'a') THEN date_trunc('MONTH', ts) WHEN ((n - n) > d) THEN ts ELSE greatest(ts, ts) END AS c1"), expr("CASE WHEN ((n IS NOT NULL) OR (m IS NOT NULL)) THEN k ELSE k END"))
OUTPUT_MODE = "append"
