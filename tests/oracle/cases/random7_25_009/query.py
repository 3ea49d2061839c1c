spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
a = left.withWatermark("lt", "10 minutes").alias("a")
b = left.withWatermark("lt", "10 minutes").alias("b")
result = a.join(b, expr("a.lk = b.lk AND a.lname <> b.lname AND b.lt BETWEEN a.lt AND a.lt + interval 15 minutes"), "inner")
result = result.select(col("a.lk"), col("a.lt"), col("b.lt").alias("blt"), col("b.lname").alias("bn"))
OUTPUT_MODE = "append"
