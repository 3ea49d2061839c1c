df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT").load(INPUT)
result = df.withWatermark("ts", "10 minutes").union(df.withWatermark("ts", "5 minutes"))
OUTPUT_MODE = "append"
