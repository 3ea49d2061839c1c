df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, max(amount) AS maxa FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE channel <> 'store' GROUP BY window(ts, '10 minutes'), channel HAVING count(*) > 1")
OUTPUT_MODE = "append"
