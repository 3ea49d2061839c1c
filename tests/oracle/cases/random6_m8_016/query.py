df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT window(ts, '4 minutes') AS w, region, first(amount) FILTER (WHERE channel = 'web') AS fweb, max(qty) - min(qty) AS qrange FROM base GROUP BY window(ts, '4 minutes'), region HAVING count(*) > 2")
OUTPUT_MODE = "complete"
