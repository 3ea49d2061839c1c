spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "max")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(session_window("ts", "10 minutes"), "k").agg(count("*").alias("n"), sum_("v").alias("sv"), min_("ts").alias("first_ts"))
OUTPUT_MODE = "complete"
