from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b", expr("day(CAST(ts AS DATE)) AS k2")).agg(expr("datediff(max(date_add(nullif(dt, DATE'2025-03-01'), coalesce(i, -1, -1))), min(date_add(nullif(dt, DATE'2025-03-01'), coalesce(i, -1, -1)))) AS a1"), expr("sum(i) AS a2"))
OUTPUT_MODE = "update"
