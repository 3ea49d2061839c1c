from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((j >= 2) OR (s IS NULL))").groupBy(expr("j AS k1")).agg(F.bool_or(expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3))")).alias("a1"), expr("round(avg(cot(nullif(CASE WHEN (id < 0L) THEN -1.5D WHEN (s < 'a') THEN bround(d, 0) WHEN (i = -1) THEN f ELSE d END, 0))), 2) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
