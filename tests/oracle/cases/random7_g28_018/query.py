spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
mid = spark.readStream.format("json").schema("mk INT, mt TIMESTAMP, mv INT, mname STRING").option("pathGlobFilter", "*-m.json").load(INPUT)
left = left.withWatermark("lt", "10 minutes")
right = right.withWatermark("rt", "10 minutes")
mid = mid.withWatermark("mt", "10 minutes")
j1 = left.join(right, expr("rk = lk AND rt BETWEEN lt - interval 10 minutes AND lt + interval 15 minutes"), "inner")
result = j1.join(mid, expr("mk = rk AND mt BETWEEN rt - interval 20 minutes AND rt + interval 20 minutes AND mv <> rv"), "left_semi")
result = result.select("lk", "rk", "rt", "rname")
OUTPUT_MODE = "append"
