df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, max_by(user, amount) AS maxu, round(sum(amount), 2) AS suma, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM events WHERE channel <> 'store' GROUP BY user")
OUTPUT_MODE = "update"
