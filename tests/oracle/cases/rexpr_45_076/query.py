from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), b BOOLEAN, ts TIMESTAMP, s STRING, dt DATE, k BIGINT, i INT").json(INPUT)
result = df.filter("(s = 'Hello')").groupBy("b", expr("try_divide(d, f) AS k2")).agg(F.max((col("m") / F.nullif((col("i") * expr("-3.10")), lit(0)))).alias("a1"), (F.max(col("i")) - F.min(col("i"))).alias("a2"), F.round(F.avg(F.months_between(col("ts"), F.when(col("b"), col("dt")))), 0).alias("a3"), (F.max(F.when(F.to_date(F.date_format(col("dt"), "yyyy-MM-dd"), "yyyy-MM-dd").isNull(), (col("i") + col("i"))).otherwise((col("i") * lit(2)))) - F.min(F.when(F.to_date(F.date_format(col("dt"), "yyyy-MM-dd"), "yyyy-MM-dd").isNull(), (col("i") + col("i"))).otherwise((col("i") * lit(2))))).alias("a4")).filter("a1 IS NOT NULL").orderBy("b", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
