df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, user, sum(qty & 1) AS odd FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev GROUP BY window(ts, '10 minutes'), user ORDER BY odd DESC NULLS LAST")
OUTPUT_MODE = "complete"
