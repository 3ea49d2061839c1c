from pyspark.sql.functions import col, expr, window, window_time, count, sum as sum_, max as max_, min as min_, avg, lit
A = spark.readStream.format("json").schema("aId INT, aTime TIMESTAMP, aVal DOUBLE, cat STRING").option("pathGlobFilter", "*a.json").load(INPUT)
B = spark.readStream.format("json").schema("bId INT, bTime TIMESTAMP, bVal DOUBLE").option("pathGlobFilter", "*b.json").load(INPUT)
result = A.withWatermark("aTime", "1 minutes").groupBy(window("aTime", "1 minutes"), "cat").agg(count("*").alias("n"), sum_("aVal").alias("s")).groupBy(window(window_time(col("window")), "4 minutes")).agg(sum_("n").alias("total"), max_("s").alias("top"))
OUTPUT_MODE = "append"
