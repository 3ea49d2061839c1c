df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(sum(amount) / count(*), 2) AS per, max_by(user, amount) AS maxu, round(stddev_samp(amount), 4) AS sd FROM events WHERE amount IS NOT NULL GROUP BY region")
OUTPUT_MODE = "update"
