spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
st = spark.createDataFrame([(1, "ann"), (2, "x"), (3, "cy"), (5, "bob")], "sk INT, sname STRING")
left = left.withWatermark("lt", "0 seconds")
right = right.withWatermark("rt", "0 seconds")
j1 = left.join(right, expr("rk = lk AND rt BETWEEN lt - interval 10 minutes AND lt + interval 15 minutes"), "right")
result = j1.join(st, expr("sk = lk AND sname <> lname"), "left_anti")
OUTPUT_MODE = "append"
