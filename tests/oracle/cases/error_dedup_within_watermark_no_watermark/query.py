df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

result = df.dropDuplicatesWithinWatermark(["category"])
OUTPUT_MODE = "append"
