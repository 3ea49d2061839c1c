df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%') SELECT window(ts, '10 minutes', '5 minutes') AS w, region, concat_ws('/', min(channel), max(channel)) AS span, array_sort(collect_set(channel)) AS chans, max_by(user, amount) AS maxu FROM base GROUP BY ALL HAVING count(*) > 2")
OUTPUT_MODE = "complete"
