df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT qleft, round(stddev_samp(amount), 4) AS sd, array_sort(collect_set(channel)) AS chans, max(qty) - min(qty) AS qrange FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE (qty | 1) = 3 AND amount IS NOT NULL GROUP BY qleft")
OUTPUT_MODE = "update"
