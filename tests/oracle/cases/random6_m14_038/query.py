df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max(qty) - min(qty) AS qrange, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY channel")
OUTPUT_MODE = "update"
