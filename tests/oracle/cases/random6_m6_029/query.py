df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT band, min(user) AS minu, count(note) AS nnotes, round(sum(amount), 2) AS suma FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE amount > 5 OR qty IS NULL AND (amount > 10) = true GROUP BY ALL")
OUTPUT_MODE = "update"
