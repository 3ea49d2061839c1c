spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
ld = left.withWatermark("lt", "5 minutes").dropDuplicates(["lk", "lt"])
rd = right.withWatermark("rt", "5 minutes").dropDuplicates(["rk", "rt"])
result = ld.join(rd, expr("rk = lk AND rt BETWEEN lt - interval 10 minutes AND lt + interval 20 minutes"), "full")
OUTPUT_MODE = "append"
