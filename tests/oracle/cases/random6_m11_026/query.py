df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT window(ts, '4 minutes').start AS wstart, channel, max(struct(amount, user)).user AS topuser FROM base GROUP BY window(ts, '4 minutes'), channel")
OUTPUT_MODE = "append"
