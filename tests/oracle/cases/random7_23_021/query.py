spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)
result = df.withWatermark("ts", "10 minutes").groupBy(session_window("ts", expr("CASE WHEN k = 1 THEN '3 minutes' WHEN v > 5 THEN '4 minutes' ELSE '10 minutes' END")), "s").agg(count("*").alias("n"))
result = result.select(col("session_window.start").alias("ss"), col("session_window.end").alias("se"), *[c for c in result.columns if c != "session_window"])
OUTPUT_MODE = "append"
