df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, round(sum(amount), 2) AS suma, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM events WHERE (amount > 10) = true GROUP BY channel")
OUTPUT_MODE = "complete"
