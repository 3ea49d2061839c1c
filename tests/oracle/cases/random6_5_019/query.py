df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev) SELECT channel, count(*) AS cnt, round(avg(amount), 3) AS avga, array_sort(collect_set(channel)) AS chans FROM base GROUP BY channel")
OUTPUT_MODE = "update"
