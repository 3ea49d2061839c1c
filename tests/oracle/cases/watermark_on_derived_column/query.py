from pyspark.sql.functions import to_timestamp, col, window
df = spark.readStream.format("json").schema("ts STRING, category STRING, value DOUBLE").load(INPUT)
events = df.withColumn("event_time", to_timestamp(col("ts"), "yyyy-MM-dd HH:mm:ss"))
result = events.withWatermark("event_time", "3 minutes").groupBy(window("event_time", "5 minutes")).count()
OUTPUT_MODE = "append"
