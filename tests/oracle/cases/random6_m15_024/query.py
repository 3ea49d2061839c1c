df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, count(*) FILTER (WHERE amount > 50) AS nbig, array_sort(collect_set(channel)) AS chans FROM events GROUP BY window(ts, '10 minutes'), user")
OUTPUT_MODE = "append"
