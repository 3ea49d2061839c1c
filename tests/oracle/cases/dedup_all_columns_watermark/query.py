df = spark.readStream.schema("timestamp TIMESTAMP, id LONG, category STRING").json(INPUT)
result = df.withWatermark("timestamp", "2 minutes").dropDuplicates()
OUTPUT_MODE = "append"
