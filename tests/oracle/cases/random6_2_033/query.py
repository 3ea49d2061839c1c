df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, user, max(qty) - min(qty) AS qrange FROM (SELECT *, round(amount * 1.2, 2) AS gross, date_format(ts, 'HH') AS hr FROM events) ev WHERE qty BETWEEN 1 AND 4 GROUP BY window(ts, '10 minutes', '5 minutes'), user ORDER BY qrange DESC NULLS LAST")
OUTPUT_MODE = "complete"
