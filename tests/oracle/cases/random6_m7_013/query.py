df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE qty BETWEEN 1 AND 4) SELECT user, max(struct(amount, user)).user AS topuser, approx_count_distinct(channel) AS acd, array_sort(collect_set(channel)) AS chans FROM base GROUP BY user")
OUTPUT_MODE = "update"
