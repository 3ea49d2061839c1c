from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.groupBy(window("timestamp", "10 minutes", "1 minutes"), "category").agg(count("*").alias("n"), min_("value").alias("lo"), count("value").alias("nv"))
OUTPUT_MODE = "update"
