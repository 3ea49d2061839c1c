spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
left.withWatermark("lt", "0 seconds").createOrReplaceTempView("l")
right.withWatermark("rt", "0 seconds").createOrReplaceTempView("r")
result = spark.sql("SELECT window(l.lt, '20 minutes').start AS ws, count(*) AS n, count(r.rk) AS nr FROM l JOIN r ON r.rk = l.lk AND r.rt BETWEEN l.lt AND l.lt + INTERVAL 15 MINUTES GROUP BY window(l.lt, '20 minutes')")
OUTPUT_MODE = "append"
