df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, length(user) % 3 AS ulen FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30) SELECT initial, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM base GROUP BY initial HAVING count(*) > 1")
OUTPUT_MODE = "update"
