from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("s") != lit("日本"))).groupBy(expr("s AS k1"), expr("1 AS k2")).agg(expr("bool_and((t <> 'Hello')) AS a1"), expr("round(avg(d), 3) AS a2"), expr("datediff(max(dt), min(dt)) AS a3"))
OUTPUT_MODE = "update"
