df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, user, min(user) AS minu FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, qty * 2 + 1 AS q2 FROM events) ev WHERE amount IS NOT NULL AND NOT (region = 'apac' AND qty > 3) GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "update"
