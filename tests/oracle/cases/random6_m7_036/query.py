df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT initial, bool_or(amount > 80) AS anyhuge FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, qty * 2 + 1 AS q2 FROM events) ev WHERE qty BETWEEN 1 AND 4 AND amount IS NOT NULL GROUP BY ALL ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
