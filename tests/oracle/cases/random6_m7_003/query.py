df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, region, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, '10' - qty AS qleft FROM events) ev WHERE qty BETWEEN 1 AND 4 AND (amount > 10) = true GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "append"
