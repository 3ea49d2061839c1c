df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT hr, max(qty) - min(qty) AS qrange, round(stddev_samp(amount), 4) AS sd, min(user) AS minu FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, date_format(ts, 'HH') AS hr FROM events) ev WHERE channel <> 'store' GROUP BY hr")
OUTPUT_MODE = "update"
