spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "max")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
left.withWatermark("lt", "0 seconds").createOrReplaceTempView("l")
right.withWatermark("rt", "10 minutes").createOrReplaceTempView("r")
result = spark.sql("SELECT l.lk, l.lt, r.rt, l.lv + r.rv AS vs, r.rname FROM l LEFT OUTER JOIN r ON l.lk = r.rk AND l.lt BETWEEN r.rt - INTERVAL 10 MINUTES AND r.rt")
OUTPUT_MODE = "append"
