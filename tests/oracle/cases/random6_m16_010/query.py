df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(named_struct('a', amount, 'u', user)).u AS top2, sum(qty) FILTER (WHERE channel = 'web') AS webq, count(*) AS cnt FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, length(user) % 3 AS ulen FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND channel <> 'store' GROUP BY ALL HAVING count(*) > 1 ORDER BY top2 DESC NULLS LAST")
OUTPUT_MODE = "complete"
