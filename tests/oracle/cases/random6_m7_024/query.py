df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2, nvl(qty, 0) % 2 = 0 AS even FROM events) ev) SELECT channel, array_sort(collect_set(channel)) AS chans FROM base GROUP BY channel")
OUTPUT_MODE = "complete"
