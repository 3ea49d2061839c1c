df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, approx_count_distinct(channel) AS acd FROM events WHERE '3' < qty AND NOT (region = 'apac' AND qty > 3) GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "update"
