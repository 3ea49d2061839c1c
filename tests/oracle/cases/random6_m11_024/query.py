df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE (qty | 1) = 3 AND '3' < qty) SELECT region, array_sort(collect_set(channel)) AS chans, count(note) AS nnotes FROM base GROUP BY region")
OUTPUT_MODE = "update"
