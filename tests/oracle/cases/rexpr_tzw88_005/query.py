spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(lit(0.001).alias("k1")).agg((F.max(col("i")) - F.min(col("i"))).alias("a1"), expr("max((n / nullif(n, 0))) AS a2"), F.max(col("f")).alias("a3"), expr("sort_array(collect_set(((i * 2) - i))) AS a4"))
OUTPUT_MODE = "update"
