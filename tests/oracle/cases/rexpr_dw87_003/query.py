from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("(b AND (j > -1)) AS c1"), expr("date_add(dt, d)").alias("c2"), expr("greatest(nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), greatest(ts, ts), (ts + INTERVAL 36 HOURS))").alias("c3")).filter("(NOT coalesce(((NOT b) OR b), false))")
OUTPUT_MODE = "append"
