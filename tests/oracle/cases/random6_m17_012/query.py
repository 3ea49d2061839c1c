df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, channel, round(stddev_samp(amount), 4) AS sd, first(amount) FILTER (WHERE channel = 'web') AS fweb, count(*) FILTER (WHERE amount > 50) AS nbig FROM events WHERE user LIKE '%e%' AND (qty | 1) = 3 GROUP BY ALL")
OUTPUT_MODE = "append"
