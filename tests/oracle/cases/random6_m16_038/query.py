df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, region, last(qty) FILTER (WHERE amount > 20) AS lq, sum(qty) FILTER (WHERE channel = 'web') AS webq, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM events WHERE region IN ('eu', 'us') GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "update"
