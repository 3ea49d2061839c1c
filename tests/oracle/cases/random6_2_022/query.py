df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT rc, count(note) AS nnotes, count(*) AS cnt, array_sort(collect_set(channel)) AS chans FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE amount > 5 OR qty IS NULL AND coalesce(note, '') NOT LIKE 'x%' GROUP BY 1")
OUTPUT_MODE = "update"
