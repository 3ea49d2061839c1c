df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, date_format(ts, 'HH') AS hr FROM events) ev WHERE user RLIKE '^[a-d]' AND amount > 5 OR qty IS NULL) SELECT window(ts, '4 minutes') AS w, user, max(amount) AS maxa, count(*) AS cnt, round(sum(amount), 2) AS suma FROM base GROUP BY ALL")
OUTPUT_MODE = "complete"
