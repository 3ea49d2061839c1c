df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, user, max(amount) AS maxa, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE amount IS NOT NULL AND channel <> 'store' GROUP BY window(ts, '4 minutes'), user")
OUTPUT_MODE = "append"
