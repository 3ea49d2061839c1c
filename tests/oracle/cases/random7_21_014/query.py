spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
left = left.withWatermark("lt", "0 seconds")
right = right.withWatermark("rt", "0 seconds")
left = left.where(col("lname") != "dee")
joined = left.join(right, (col("rk") == col("lk")) & col("rt").between(col("lt"), col("lt") + expr("interval 10 minutes")), "leftsemi")
result = joined.groupBy("lk").agg(count("*").alias("n"))
OUTPUT_MODE = "update"
