spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "max")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
wm = df.withWatermark("ts", "20 minutes")
dd = wm.dropDuplicatesWithinWatermark(["k", "s"])
first = dd.groupBy(window("ts", "5 minutes")).agg(count("*").alias("cnt"), sum_("v").alias("sv"))
result = first.groupBy(window(window_time(col("window")), "20 minutes")).agg(sum_("cnt").alias("total"), max_("sv").alias("msv"))
OUTPUT_MODE = "append"
