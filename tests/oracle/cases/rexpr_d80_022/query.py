from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("dateadd(add_months(dt, i), i) AS c1"), expr("round(round((m / 2.5), 0), 0)").alias("c2"), expr("CASE WHEN (dt = to_date('2025-03-01')) THEN dt WHEN b THEN dt WHEN (NOT b) THEN dt ELSE dt END"), F.left(F.repeat(col("s"), 0), lit(1)).alias("c4"), expr("greatest(date_trunc('SECOND', TIMESTAMP'2024-02-29 00:00:00'), date_trunc('WEEK', ts))").alias("c5")).filter("(array_contains(split(c4, ','), 'Hello') OR (c5 IS NOT NULL))")
OUTPUT_MODE = "append"
