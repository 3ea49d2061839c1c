df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max(struct(amount, user)).user AS topuser FROM events WHERE channel <> 'store' GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "complete"
