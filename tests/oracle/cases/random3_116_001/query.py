from pyspark.sql.functions import col, expr, window, window_time, count, sum as sum_, max as max_, min as min_, avg, lit
A = spark.readStream.format("json").schema("aId INT, aTime TIMESTAMP, aVal DOUBLE, cat STRING").option("pathGlobFilter", "*a.json").load(INPUT)
B = spark.readStream.format("json").schema("bId INT, bTime TIMESTAMP, bVal DOUBLE").option("pathGlobFilter", "*b.json").load(INPUT)
result = A.withWatermark("aTime", "5 minutes").dropDuplicatesWithinWatermark(["aId"]).join(B.withWatermark("bTime", "5 minutes"), expr("aId = bId"), "inner")
OUTPUT_MODE = "append"
