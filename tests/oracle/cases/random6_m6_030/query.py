df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, '10' - qty AS qleft FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT channel, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM base GROUP BY channel ORDER BY fweb DESC NULLS LAST")
OUTPUT_MODE = "complete"
