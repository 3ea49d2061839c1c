from pyspark.sql.functions import window, count
df = spark.readStream.format("json").schema("id INT, ts TIMESTAMP").load(INPUT)
# dropDuplicatesWithinWatermark on id, then a window aggregation (append mode).
result = df.withWatermark("ts", "10 minutes").dropDuplicatesWithinWatermark(["id"]) \
    .groupBy(window("ts", "10 minutes")).agg(count("*").alias("n"))
OUTPUT_MODE = "append"
