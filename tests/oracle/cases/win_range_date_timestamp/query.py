df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# RANGE frames in SQL over a date key (INT days) and a timestamp key (intervals).
static = spark.createDataFrame(
    [("a", "2025-03-01 10:00:00", 1), ("a", "2025-03-01 23:00:00", 2), ("a", "2025-03-02 10:00:00", 4),
     ("a", "2025-03-04 09:00:00", 8), ("b", "2025-03-01 00:00:00", 16), ("b", None, 32)],
    "k STRING, t STRING, v INT").select("k", F.to_timestamp("t").alias("ts"), "v")
static = static.withColumn("d", F.to_date("ts"))
static.createOrReplaceTempView("win_range_dt")
out = spark.sql("SELECT k, ts, v, sum(v) OVER (PARTITION BY k ORDER BY d RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS two_days, "
                "sum(v) OVER (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL 24 HOURS PRECEDING AND CURRENT ROW) AS day_sum, "
                "count(*) OVER (PARTITION BY k ORDER BY ts DESC RANGE BETWEEN CURRENT ROW AND INTERVAL '1' DAY FOLLOWING) AS back FROM win_range_dt")
result = df.join(out, "k")
OUTPUT_MODE = "append"
