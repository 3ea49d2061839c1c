from pyspark.sql.functions import col, expr, window, window_time, count, sum as sum_, max as max_, min as min_, avg, lit
A = spark.readStream.format("json").schema("aId INT, aTime TIMESTAMP, aVal DOUBLE, cat STRING").option("pathGlobFilter", "*a.json").load(INPUT)
B = spark.readStream.format("json").schema("bId INT, bTime TIMESTAMP, bVal DOUBLE").option("pathGlobFilter", "*b.json").load(INPUT)
result = A.withWatermark("aTime", "1 minutes").join(B, expr("aId = bId AND bTime >= aTime + interval 0 minutes AND bTime <= aTime + interval 5 minutes"), "left_semi").groupBy(window("aTime", "2 minutes")).agg(count("*").alias("n"), sum_("aVal").alias("s"))
OUTPUT_MODE = "complete"
