df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT window(ts, '4 minutes') AS w, user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, count_if(note IS NULL) AS nonote, max(amount) AS maxa FROM base GROUP BY window(ts, '4 minutes'), user")
OUTPUT_MODE = "update"
