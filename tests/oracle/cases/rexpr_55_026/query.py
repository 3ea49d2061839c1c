from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("add_months(dateadd(dt, 3), length(s)) AS c1"), expr("CAST(j AS STRING)").alias("c2"), expr("CASE WHEN (dt > DATE'2000-01-01') THEN (i * 3) WHEN (s IS NOT NULL) THEN j ELSE (i - 1) END").alias("c3"), expr("make_date(2023, month(dt), 28)").alias("c4"))
OUTPUT_MODE = "append"
