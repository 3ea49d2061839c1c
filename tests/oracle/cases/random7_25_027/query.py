spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
result = df.withWatermark("ts", "20 minutes").groupBy(session_window("ts", "7 minutes"), "k").agg(avg("v").alias("av"))
OUTPUT_MODE = "append"
