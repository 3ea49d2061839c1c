from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("date_add(DATE'2000-01-01', i) AS k1")).agg(expr("max((i * 10)) AS a1"), expr("max(least(TIMESTAMP'2024-02-29 00:00:00', ts)) AS a2"), expr("bool_and(b) AS a3"), F.bool_and(col("m").cast("string").rlike("^$")).alias("a4"))
OUTPUT_MODE = "complete"
