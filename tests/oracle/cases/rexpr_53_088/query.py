from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((dt >= DATE'2023-12-31') OR (n <> 1.25))"), expr("CASE WHEN (1.25 >= 0.5) THEN id WHEN (false AND (i < 1)) THEN id ELSE pmod(CASE WHEN (k <> 3L) THEN id WHEN (k >= 1L) THEN -2L WHEN (j = 0) THEN 3L END, 7) END AS c2"))
OUTPUT_MODE = "append"
