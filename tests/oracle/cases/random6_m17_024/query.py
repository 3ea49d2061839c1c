df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%') SELECT window(ts, '10 minutes').start AS wstart, user, array_sort(collect_set(channel)) AS chans FROM base GROUP BY window(ts, '10 minutes'), user HAVING count(*) > 1")
OUTPUT_MODE = "append"
