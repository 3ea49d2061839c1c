df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev) SELECT window(ts, '4 minutes') AS w, region, count(note) AS nnotes, max(named_struct('a', amount, 'u', user)).u AS top2 FROM base GROUP BY window(ts, '4 minutes'), region HAVING count(*) > 1")
OUTPUT_MODE = "complete"
