from pyspark.sql.functions import col, expr, window, window_time, count, sum as sum_, max as max_, min as min_, avg, lit
A = spark.readStream.format("json").schema("aId INT, aTime TIMESTAMP, aVal DOUBLE, cat STRING").option("pathGlobFilter", "*a.json").load(INPUT)
B = spark.readStream.format("json").schema("bId INT, bTime TIMESTAMP, bVal DOUBLE").option("pathGlobFilter", "*b.json").load(INPUT)
aggA = A.withWatermark("aTime", "5 minutes").groupBy(window("aTime", "2 minutes")).agg(count("*").alias("na"))
aggB = B.withWatermark("bTime", "10 minutes").groupBy(window("bTime", "2 minutes")).agg(sum_("bVal").alias("sb"))
result = aggA.join(aggB, "window", "inner")
OUTPUT_MODE = "append"
