spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")
from pyspark.sql.functions import expr, col, window, window_time, session_window, count, sum as sum_, max as max_, min as min_, avg, lit
left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING").option("pathGlobFilter", "*-l.json").load(INPUT)
right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING").option("pathGlobFilter", "*-r.json").load(INPUT)
lw = left.withWatermark("lt", "10 minutes").select("lk", "lv", window("lt", "20 minutes").alias("w"))
rw = right.withWatermark("rt", "10 minutes").select("rk", "rv", window("rt", "20 minutes").alias("w2"))
result = lw.join(rw, (col("w") == col("w2")) & (col("lk") == col("rk")), "left")
result = result.select(col("w.start").alias("ws"), *[c for c in result.columns if c not in ("w", "w2")])
OUTPUT_MODE = "append"
