from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
left = left.withWatermark("lt", "0 seconds")
right = right.withWatermark("rt", "20 minutes")
left = left.where("lk < 4")
joined = left.join(right, expr("rk = lk AND rt >= lt - interval 10 minutes"), "rightouter")
result = joined.select("lt", expr("rk IS NULL AS unmatched"), "rt", "rname", "lk", "lname")
OUTPUT_MODE = "append"
