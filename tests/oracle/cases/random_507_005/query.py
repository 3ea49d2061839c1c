from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("category IN ('books', 'music')").groupBy(window("timestamp", "10 minutes", "5 minutes"), "category").agg(count("*").alias("n"))
OUTPUT_MODE = "update"
