df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty & 3 AS qbits, qty * 2 + 1 AS q2 FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND (qty | 1) = 3) SELECT user, last(qty) FILTER (WHERE amount > 20) AS lq, count_if(note IS NULL) AS nonote, sum(qty & 1) AS odd FROM base GROUP BY user HAVING count(*) > 2")
OUTPUT_MODE = "update"
