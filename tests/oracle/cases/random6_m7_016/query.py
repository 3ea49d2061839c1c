df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT q2, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, array_sort(collect_set(channel)) AS chans FROM (SELECT *, qty * 2 + 1 AS q2, coalesce(note, 'none') AS note2 FROM events) ev GROUP BY q2")
OUTPUT_MODE = "update"
