df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(note) AS nnotes, array_sort(collect_set(channel)) AS chans, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "update"
