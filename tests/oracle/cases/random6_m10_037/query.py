df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE (amount > 10) = true) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM base GROUP BY ALL")
OUTPUT_MODE = "complete"
