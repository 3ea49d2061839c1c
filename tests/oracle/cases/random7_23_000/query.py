spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
result = df.withWatermark("ts", "0 seconds").groupBy(session_window("ts", "5 minutes"), "k").agg(min_("ts").alias("first_ts"), avg("v").alias("av"))
result = result.select(col("session_window.start").alias("ss"), col("session_window.end").alias("se"), *[c for c in result.columns if c != "session_window"])
OUTPUT_MODE = "update"
