spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
s1 = df.withWatermark("ts", "5 minutes").groupBy(session_window("ts", "5 minutes"), "k").agg(count("*").alias("n"))
result = s1.groupBy(window(window_time(col("session_window")), "20 minutes")).agg(sum_("n").alias("total"), count("*").alias("sessions"))
OUTPUT_MODE = "append"
