from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.date_add(F.last_day(col("dt")), col("i")).alias("k1")).agg(F.max(F.greatest(lit(-1), col("i"))).alias("a1"), expr("sort_array(collect_set(concat(t, regexp_replace(t, '(a|b)', '<>')))) AS a2"), expr("count((TRY_CAST(s AS TIMESTAMP) + INTERVAL '1 02:03:04.000005' DAY TO SECOND)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
