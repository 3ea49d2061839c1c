df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(note) AS nnotes, count(*) FILTER (WHERE amount > 50) AS nbig, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' GROUP BY user")
OUTPUT_MODE = "update"
