from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(j IS NOT NULL)").select("id", expr("(CASE WHEN (j <= 1) THEN f WHEN (f IN (2.0D, 2.0D, 0.1D)) THEN d WHEN isnan(f) THEN exp(d) ELSE f END + ((2 * i) + i))").alias("c1"), expr("(d * CASE WHEN (dt <= to_date('2024-02-29')) THEN d ELSE d END) AS c2"), (col("id") - F.year(col("ts"))).alias("c3"), expr("year(date_sub(dt, nullif(i, 1))) AS c4")).filter("((CASE WHEN b THEN i WHEN b THEN i WHEN (d IS NOT NULL) THEN -1 ELSE i END <= CASE WHEN (n >= -3.10) THEN n WHEN (ts <> TIMESTAMP'2024-02-29 00:00:00') THEN m ELSE -3.10 END) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
