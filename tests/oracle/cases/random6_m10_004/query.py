df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM (SELECT *, amount > 20 AND qty > 1 AS hot, '10' - qty AS qleft FROM events) ev WHERE amount IS NOT NULL AND named_struct('a', amount, 'u', user).a > 30 GROUP BY ALL")
OUTPUT_MODE = "update"
