from pyspark.sql.functions import window
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT").load(INPUT)
result = df.withWatermark("ts", "10 minutes").groupBy(window("ts", "5 minutes")).count().withWatermark("window", "1 minute")
OUTPUT_MODE = "update"
