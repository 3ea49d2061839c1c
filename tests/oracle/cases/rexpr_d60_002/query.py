from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("CAST(i AS BOOLEAN) AS k1"), expr("abs(i) AS k2")).agg(expr("count_if((ts != TIMESTAMP'2024-03-01 12:30:00.123456')) AS a1"), expr("datediff(max(dt), min(dt)) AS a2"), expr("sum(CASE WHEN (dt IS NOT NULL) THEN greatest(-3.10, m) ELSE CASE WHEN b THEN m ELSE m END END) AS a3"))
OUTPUT_MODE = "complete"
