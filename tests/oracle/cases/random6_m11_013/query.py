df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev WHERE channel <> 'store' AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT region, round(sum(amount) / count(*), 2) AS per, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
