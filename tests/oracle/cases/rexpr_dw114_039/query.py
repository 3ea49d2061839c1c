from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("3 AS k1")).agg(expr("(max(round((- m), 2)) - min(round((- m), 2))) AS a1"), expr("min(ts) AS a2"))
OUTPUT_MODE = "update"
