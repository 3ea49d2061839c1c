from pyspark.sql.functions import window
df = spark.readStream.format("json").schema("id INT, ts TIMESTAMP").load(INPUT)
# dropDuplicates with a watermark, then a window aggregation over the surviving rows (append mode).
result = df.withWatermark("ts", "10 minutes").dropDuplicates(["id", "ts"]) \
    .groupBy(window("ts", "10 minutes")).count()
OUTPUT_MODE = "append"
