from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s", expr("((i % nullif(i, 0)) - pmod(i, nullif(i, 0))) AS k2")).agg(expr("count((n <= 100BD)) AS a1"), expr("(max(0.001) - min(0.001)) AS a2"), F.count_if(lit("x-y").eqNullSafe(col("s"))).alias("a3"), F.round(F.avg(F.least(col("i"), col("i"))), 0).alias("a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("s").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
