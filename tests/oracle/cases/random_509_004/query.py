from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("value").isNull() | (col("value") > 10)).groupBy(window("timestamp", "10 minutes", "1 minutes")).agg(count("*").alias("n"))
OUTPUT_MODE = "complete"
