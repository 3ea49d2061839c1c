df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, concat(region, ':', channel) AS rc FROM events) ev WHERE (amount > 10) = true) SELECT window(ts, '10 minutes', '5 minutes') AS w, rc, count(*) FILTER (WHERE amount > 50) AS nbig, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), rc HAVING count(*) > 2")
OUTPUT_MODE = "append"
