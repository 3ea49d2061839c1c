df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, user, concat_ws('/', min(channel), max(channel)) AS span, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM events WHERE amount IS NOT NULL AND named_struct('a', amount, 'u', user).a > 30 GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "update"
