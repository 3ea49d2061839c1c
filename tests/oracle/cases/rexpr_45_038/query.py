from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(((col("i") - col("i")) * lit(-1.5)).alias("k1"), F.greatest(col("dt"), col("dt"), F.last_day(col("dt"))).alias("k2")).agg((F.max(col("m")) - F.min(col("m"))).alias("a1"), expr("datediff(max(dt), min(dt)) AS a2"), expr("count_if((s <= 'abc')) AS a3"), expr("(max(year(nullif(if(b, ts, ts), TIMESTAMP'2024-03-01 12:30:00.123456'))) - min(year(nullif(if(b, ts, ts), TIMESTAMP'2024-03-01 12:30:00.123456')))) AS a4")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
