df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, region, max(qty) - min(qty) AS qrange, round(stddev_samp(amount), 4) AS sd FROM events WHERE named_struct('a', amount, 'u', user).a > 30 GROUP BY window(ts, '4 minutes'), region")
OUTPUT_MODE = "update"
