from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 2).load(INPUT)
result = df.withWatermark("timestamp", "3 minutes").groupBy(window("timestamp", "2 minutes", "2 minutes")).agg(avg("value").alias("a"), count("value").alias("nv"))
OUTPUT_MODE = "update"
