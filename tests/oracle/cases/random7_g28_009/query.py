spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
wm = df.withWatermark("ts", "10 minutes")
dd = wm.dropDuplicates()
first = dd.groupBy(window("ts", "5 minutes"), "k").agg(count("*").alias("cnt"), sum_("v").alias("sv"))
result = first.groupBy(window(window_time(col("window")), "20 minutes")).agg(sum_("cnt").alias("total"), max_("sv").alias("msv"))
OUTPUT_MODE = "append"
