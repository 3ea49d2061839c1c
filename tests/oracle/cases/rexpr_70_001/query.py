from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), dt DATE, f FLOAT, ts TIMESTAMP, i INT, s STRING, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (0.1D = m) THEN coalesce(s, s, '42') ELSE concat(s, s) END AS c1", "next_day(DATE'2024-02-29', 'Mon') AS c2", "bround((CASE WHEN (s IS NOT NULL) THEN d WHEN true THEN f WHEN (id < 86400L) THEN 100.0D ELSE d END * signum(d)), -1) AS c3", "lpad(nullif(translate(nvl(s, 'x-y'), 'aeiou', 'AEI'), 'é'), 6, ' ') AS c4").filter((col("i").eqNullSafe(lit(2)) | (col("i") != lit(5))))
OUTPUT_MODE = "append"
