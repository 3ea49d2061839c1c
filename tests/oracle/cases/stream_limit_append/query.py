df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

result = df.select("category", "value").limit(7)
OUTPUT_MODE = "append"
