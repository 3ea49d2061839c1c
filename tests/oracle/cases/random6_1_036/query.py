df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND qty BETWEEN 1 AND 4) SELECT window(ts, '10 minutes') AS w, region, count(note) AS nnotes, count(*) AS cnt FROM base GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "append"
