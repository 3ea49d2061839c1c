spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
wm = df.withWatermark("ts", "5 minutes")
dd = wm.dropDuplicatesWithinWatermark(["s"])
result = dd.groupBy("k").agg(count("*").alias("n"))
OUTPUT_MODE = "update"
