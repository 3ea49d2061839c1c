from pyspark.sql.functions import col, expr, window, window_time, count, sum as sum_, max as max_, min as min_, avg, lit
A = spark.readStream.format("json").schema("aId INT, aTime TIMESTAMP, aVal DOUBLE, cat STRING").option("pathGlobFilter", "*a.json").load(INPUT)
B = spark.readStream.format("json").schema("bId INT, bTime TIMESTAMP, bVal DOUBLE").option("pathGlobFilter", "*b.json").load(INPUT)
aggA = A.withWatermark("aTime", "10 minutes").groupBy(window("aTime", "5 minutes")).agg(count("*").alias("na"))
aggB = B.withWatermark("bTime", "1 minutes").groupBy(window("bTime", "5 minutes")).agg(sum_("bVal").alias("sb"))
result = aggA.join(aggB, "window", "leftOuter")
OUTPUT_MODE = "append"
