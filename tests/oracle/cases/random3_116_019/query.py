from pyspark.sql.functions import col, expr, window, window_time, count, sum as sum_, max as max_, min as min_, avg, lit
A = spark.readStream.format("json").schema("aId INT, aTime TIMESTAMP, aVal DOUBLE, cat STRING").option("pathGlobFilter", "*a.json").load(INPUT)
B = spark.readStream.format("json").schema("bId INT, bTime TIMESTAMP, bVal DOUBLE").option("pathGlobFilter", "*b.json").load(INPUT)
A2 = A.select(col("aId").alias("id"), col("aTime").alias("t"), col("aVal").alias("v"))
B2 = B.select(col("bId").alias("id"), col("bTime").alias("t"), col("bVal").alias("v"))
result = A2.union(B2).withWatermark("t", "5 minutes").groupBy(window("t", "5 minutes")).agg(count("*").alias("n"), avg("v").alias("m"))
OUTPUT_MODE = "append"
