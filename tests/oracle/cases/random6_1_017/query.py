df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, array_sort(collect_set(channel)) AS chans, max(amount) AS maxa, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, qty * 2 + 1 AS q2, round(amount * 1.2, 2) AS gross FROM events) ev GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "complete"
