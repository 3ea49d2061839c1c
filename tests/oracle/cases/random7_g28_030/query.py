spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
la = left.withWatermark("lt", "20 minutes").groupBy(window("lt", "20 minutes").alias("w"), "lk").agg(count("*").alias("nl"), max_("lv").alias("ml"))
right = right.withWatermark("rt", "20 minutes")
result = la.join(right, expr("rk = lk AND rt >= w.start AND rt < w.end"), "inner")
OUTPUT_MODE = "append"
