spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
left.withWatermark("lt", "5 minutes").createOrReplaceTempView("l")
right.withWatermark("rt", "0 seconds").createOrReplaceTempView("r")
result = spark.sql("SELECT l.lk, l.lt, l.lname FROM l LEFT ANTI JOIN r ON l.lk = r.rk AND l.lt BETWEEN r.rt - INTERVAL 30 MINUTES AND r.rt")
OUTPUT_MODE = "update"
