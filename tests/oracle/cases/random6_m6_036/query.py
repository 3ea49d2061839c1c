df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT rc, max(named_struct('a', amount, 'u', user)).u AS top2, round(sum(amount), 2) AS suma, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM (SELECT *, concat(region, ':', channel) AS rc, round(amount * 1.2, 2) AS gross FROM events) ev WHERE amount IS NOT NULL GROUP BY rc")
OUTPUT_MODE = "update"
