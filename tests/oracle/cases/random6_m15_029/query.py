df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(sum(amount), 2) AS suma, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev GROUP BY user ORDER BY suma DESC NULLS LAST")
OUTPUT_MODE = "complete"
