from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(lit(-1.5).alias("k1")).agg(F.round(F.avg(F.abs(((col("m") - col("i")) - lit(2)))), 0).alias("a1"), F.count_if(F.dayofmonth(col("dt")).between(lit(1), lit(0))).alias("a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
