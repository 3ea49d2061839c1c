df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

result = df.withWatermark("timestamp", "1 minute").groupBy("category").count()
OUTPUT_MODE = "append"
