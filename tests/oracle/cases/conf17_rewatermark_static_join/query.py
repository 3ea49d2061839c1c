df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT").load(INPUT)
static = spark.createDataFrame([(1, "a"), (3, "c")], "k INT, name STRING")
result = df.withWatermark("ts", "10 minutes").join(static, "k").withWatermark("ts", "1 minute")
OUTPUT_MODE = "append"
