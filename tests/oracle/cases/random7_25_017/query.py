spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
la = left.withWatermark("lt", "20 minutes").groupBy(window("lt", "10 minutes")).agg(count("*").alias("nl"))
ra = right.withWatermark("rt", "20 minutes").groupBy(window("rt", "10 minutes")).agg(sum_("rv").alias("sr"))
result = la.join(ra, "window", "full")
OUTPUT_MODE = "update"
