df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, bool_or(amount > 80) AS anyhuge, max(qty) - min(qty) AS qrange FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE qty BETWEEN 1 AND 4 AND user LIKE '%e%' GROUP BY user ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
