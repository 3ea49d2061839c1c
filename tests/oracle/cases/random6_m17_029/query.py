df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, region, max(amount) AS maxa, max(qty) - min(qty) AS qrange, bool_or(amount > 80) AS anyhuge FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev GROUP BY ALL")
OUTPUT_MODE = "complete"
