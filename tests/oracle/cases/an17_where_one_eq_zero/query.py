df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.where("1 = 0 AND value > 3")
OUTPUT_MODE = "append"
