spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "max")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
left = left.withWatermark("lt", "5 minutes")
joined = left.join(right, (col("rk") == col("lk")) & (col("rt") >= col("lt") - expr("interval 10 minutes")), "left_anti")
result = joined.select("lk", "lt", "lname", expr("lv * 2 AS lv2"))
OUTPUT_MODE = "append"
