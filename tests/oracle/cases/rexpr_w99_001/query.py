from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("((i > 2) = true) AS k1")).agg(expr("round(avg(ascii(t)), 0) AS a1"), expr("(max(m) - min(m)) AS a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
