df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

result = df.selectExpr("CAST(category AS INT) AS c")
OUTPUT_MODE = "append"
