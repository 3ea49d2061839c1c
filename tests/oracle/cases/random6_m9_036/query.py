df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, user, count(*) FILTER (WHERE amount > 50) AS nbig, max(qty) - min(qty) AS qrange FROM events WHERE (qty | 1) = 3 GROUP BY window(ts, '10 minutes', '5 minutes'), user ORDER BY nbig DESC NULLS LAST")
OUTPUT_MODE = "complete"
