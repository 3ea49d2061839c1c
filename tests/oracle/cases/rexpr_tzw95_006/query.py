spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, ts TIMESTAMP, s STRING, t STRING, n DECIMAL(9,5), d DOUBLE, i INT, j INT, m DECIMAL(12,4)").json(INPUT)
result = df.groupBy(F.least(col("dt"), F.to_date(lit("2025-03-01"))).alias("k1")).agg(F.sort_array(F.collect_set((col("i") - col("i")))).alias("a1"), F.count_if(lit("o").contains(" ")).alias("a2"))
OUTPUT_MODE = "complete"
