from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, ts TIMESTAMP, k BIGINT, m DECIMAL(12,4), b BOOLEAN, j INT, d DOUBLE, s STRING, f FLOAT, t STRING, dt DATE").json(INPUT)
result = df.filter("((t LIKE 'H%') OR (s IS NULL))").groupBy(F.year(F.when(col("b"), col("ts")).when(col("s").isNotNull(), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).when(col("b"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).otherwise(col("ts"))).alias("k1")).agg(expr("bool_and((CASE WHEN (t <> 'abc') THEN 7 WHEN b THEN i ELSE j END IN (2, 3, -1))) AS a1"), expr("max(CAST(dt AS INT)) AS a4"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), F.min(F.nullif(F.trunc(col("dt"), "MM"), F.to_date(lit("2000-01-01")))).alias("a3"))
OUTPUT_MODE = "update"
