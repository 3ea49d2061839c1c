df = spark.readStream.schema("timestamp TIMESTAMP, id LONG, category STRING, value DOUBLE").json(INPUT)
result = df.dropDuplicates(["id"]).select("id", "category")
OUTPUT_MODE = "append"
