df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

result = df.groupBy("category").count().orderBy("count")
OUTPUT_MODE = "update"
