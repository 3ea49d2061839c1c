from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("avg(i) AS a1"), expr("(max((i + CASE WHEN (s LIKE '%o%') THEN (i - i) WHEN b THEN (1 * i) WHEN b THEN i ELSE i END)) - min((i + CASE WHEN (s LIKE '%o%') THEN (i - i) WHEN b THEN (1 * i) WHEN b THEN i ELSE i END))) AS a2")).orderBy("dt")
OUTPUT_MODE = "complete"
ORDERED = True
