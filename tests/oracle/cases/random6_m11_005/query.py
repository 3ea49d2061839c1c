df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, user, approx_count_distinct(channel) AS acd, concat_ws('/', min(channel), max(channel)) AS span, count_if(note IS NULL) AS nonote FROM events WHERE (qty | 1) = 3 GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "update"
