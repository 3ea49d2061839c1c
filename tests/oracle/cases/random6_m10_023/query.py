df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, concat(space(qty % 3), user) AS padded FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT channel, count_if(note IS NULL) AS nonote, max(qty) - min(qty) AS qrange, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
