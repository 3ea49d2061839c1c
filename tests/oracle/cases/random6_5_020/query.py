df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, round(avg(amount), 3) AS avga, count_if(note IS NULL) AS nonote, max(amount) AS maxa FROM (SELECT *, round(amount * 1.2, 2) AS gross, nvl(qty, 0) % 2 = 0 AS even FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "append"
