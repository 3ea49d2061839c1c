df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, user, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev GROUP BY window(ts, '4 minutes'), user")
OUTPUT_MODE = "complete"
