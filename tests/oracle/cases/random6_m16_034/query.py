df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, concat(space(qty % 3), user) AS padded, concat(region, ':', channel) AS rc FROM events) ev GROUP BY window(ts, '10 minutes'), channel")
OUTPUT_MODE = "complete"
