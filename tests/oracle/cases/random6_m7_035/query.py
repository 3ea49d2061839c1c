df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, ulen, count_if(note IS NULL) AS nonote, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), ulen")
OUTPUT_MODE = "append"
