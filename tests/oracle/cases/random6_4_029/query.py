df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, q2, bool_or(amount > 80) AS anyhuge, count(note) AS nnotes, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, length(user) % 3 AS ulen, qty * 2 + 1 AS q2 FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND amount > 5 OR qty IS NULL GROUP BY window(ts, '4 minutes'), q2")
OUTPUT_MODE = "append"
