from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "4 minutes").withColumn("band", when(col("value") < 30, "low").when(col("value") < 70, "mid").otherwise("high")).filter(~col("category").isin("games")).groupBy(window("timestamp", "6 minutes", "3 minutes", "2 minute"), "category").agg(min_("value").alias("lo"), max_("timestamp").alias("last"), avg("value").alias("a"))
OUTPUT_MODE = "append"
