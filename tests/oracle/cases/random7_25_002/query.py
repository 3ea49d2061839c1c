spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
u = left.select(col("lk").alias("k"), col("lt").alias("t"), col("lv").alias("v")).unionByName(right.select(col("rk").alias("k"), col("rt").alias("t"), col("rv").alias("v")))
u = u.withWatermark("t", "20 minutes")
result = u.groupBy(window("t", "10 minutes"), "k").agg(count("*").alias("n"), max_("v").alias("mv"))
OUTPUT_MODE = "append"
