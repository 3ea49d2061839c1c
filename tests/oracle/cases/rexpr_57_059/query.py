from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b", expr("b AS k2")).agg(expr("round(avg(round(CASE WHEN b THEN n ELSE n END, 3)), 3) AS a1"), expr("count((id % 7)) AS a2"))
OUTPUT_MODE = "update"
