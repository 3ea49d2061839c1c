from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, b BOOLEAN, dt DATE, ts TIMESTAMP, s STRING, i INT, m DECIMAL(10,2)").json(INPUT)
result = df.select("id", "b", expr("floor(m)").alias("c1"), expr("CASE WHEN b THEN dt ELSE dt END"), expr("CASE array_contains(split(s, ','), 'b') WHEN false THEN (dt <=> DATE'2025-03-01') WHEN false THEN b ELSE CASE WHEN b THEN b WHEN b THEN (id IS NOT NULL) WHEN (i <= 2) THEN b ELSE b END END").alias("c3"), expr("(0L + 10) AS c4"), expr("next_day(dt, 'Funday') AS c5"), expr("dayofmonth(dt)").alias("c6"))
OUTPUT_MODE = "append"
