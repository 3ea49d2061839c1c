spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(d = 0.1D)").groupBy("t").agg((F.max(F.nvl2(col("id"), lit(3), lit(3))) - F.min(F.nvl2(col("id"), lit(3), lit(3)))).alias("a1"), F.sort_array(F.collect_set(col("i"))).alias("a2")).orderBy("t")
OUTPUT_MODE = "complete"
ORDERED = True
