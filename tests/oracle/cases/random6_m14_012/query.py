df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, count(*) FILTER (WHERE amount > 50) AS nbig, count(*) AS cnt FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, round(amount * 1.2, 2) AS gross FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "complete"
