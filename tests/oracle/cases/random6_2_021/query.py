df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, date_format(ts, 'HH') AS hr FROM events) ev WHERE user RLIKE '^[a-d]') SELECT ulen, array_sort(collect_set(channel)) AS chans FROM base GROUP BY 1")
OUTPUT_MODE = "update"
