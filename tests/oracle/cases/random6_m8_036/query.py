df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, channel, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, (amount > 50) = true AS big, qty * 2 + 1 AS q2 FROM events) ev WHERE region IN ('eu', 'us') GROUP BY window(ts, '4 minutes'), channel")
OUTPUT_MODE = "append"
