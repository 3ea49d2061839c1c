df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT regexp_replace(user, '[aeiou]', '*') AS masked, ts + INTERVAL 1 HOUR AS later, round(amount / nullif(qty, 0), 3) AS unit, padded FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) e WHERE '3' < qty AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')")
OUTPUT_MODE = "append"
