from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, ts TIMESTAMP, j INT, s STRING, dt DATE, d DOUBLE, m DECIMAL(12,4), i INT").load(INPUT)
result = df.groupBy(F.try_divide((col("d") - lit(1000).cast("bigint")), F.round(col("d"), 2)).alias("k1")).agg((F.max(F.pmod(F.dayofmonth(col("dt")), F.nullif((lit(10) * lit(3)), lit(0)))) - F.min(F.pmod(F.dayofmonth(col("dt")), F.nullif((lit(10) * lit(3)), lit(0))))).alias("a1"), F.sum(F.when((col("s").like("a%") & (col("b") & col("b"))), F.nullif(F.locate(" ", col("s")), lit(1))).otherwise(lit(0))).alias("a2"), F.round(F.avg((~col("b")).cast("decimal(20,0)")), 0).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
