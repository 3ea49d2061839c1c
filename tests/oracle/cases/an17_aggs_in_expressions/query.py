from pyspark.sql.functions import sum, count, avg, round, col, max, min
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.groupBy("category").agg((sum("value") / count("value")).alias("ratio"), round(avg("value"), 2).alias("r"), (max("value") - min("value")).alias("spread"), (count("*") * 2 + 1).alias("k"))
OUTPUT_MODE = "complete"
