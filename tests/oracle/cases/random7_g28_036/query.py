spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
left = left.withWatermark("lt", "5 minutes")
right = right.withWatermark("rt", "0 seconds")
joined = left.join(right, expr("rk = lk AND rt >= lt - interval 30 minutes"), "inner")
result = joined.dropDuplicatesWithinWatermark(["lname"])
OUTPUT_MODE = "append"
