from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "4 minutes").withColumn("cat_up", upper(col("category"))).filter(~col("category").isin("games")).groupBy(window("timestamp", "5 minutes"), "category").agg(count("*").alias("n"))
OUTPUT_MODE = "update"
