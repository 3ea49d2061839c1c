spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").where("v IS NULL OR v > 1").groupBy(session_window("ts", expr("CASE WHEN k = 1 THEN interval 3 minutes ELSE interval 10 minutes END")), "k").agg(max_("v").alias("mv"))
OUTPUT_MODE = "append"
