from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("category").isin("books", "music")).withWatermark("timestamp", "2 minutes").groupBy(window("timestamp", "5 minutes", "2 minutes"), "category").agg(count("*").alias("n"), max_("value").alias("hi")).filter(col("n") > 1)
OUTPUT_MODE = "append"
