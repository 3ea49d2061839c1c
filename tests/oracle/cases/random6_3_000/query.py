df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE qty BETWEEN 1 AND 4 AND amount IS NOT NULL) SELECT window(ts, '4 minutes') AS w, note2, count(note) AS nnotes, concat_ws('/', min(channel), max(channel)) AS span, round(sum(amount), 2) AS suma FROM base GROUP BY window(ts, '4 minutes'), note2 HAVING count(*) > 1")
OUTPUT_MODE = "append"
