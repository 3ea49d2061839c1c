df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev WHERE user RLIKE '^[a-d]') SELECT channel, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
