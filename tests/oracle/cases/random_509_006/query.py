from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.groupBy(window("timestamp", "5 minutes"), "category").agg(count("value").alias("nv"), count("*").alias("n")).filter(col("n") > 1)
OUTPUT_MODE = "update"
