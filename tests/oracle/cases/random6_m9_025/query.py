df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, channel, count(*) FILTER (WHERE amount > 50) AS nbig, round(stddev_samp(amount), 4) AS sd FROM events GROUP BY window(ts, '4 minutes'), channel")
OUTPUT_MODE = "update"
