df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, region, bool_or(amount > 80) AS anyhuge, max(qty) - min(qty) AS qrange, round(avg(amount), 3) AS avga FROM (SELECT *, amount > 20 AND qty > 1 AS hot, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') GROUP BY window(ts, '10 minutes', '5 minutes'), region HAVING count(*) > 1")
OUTPUT_MODE = "append"
