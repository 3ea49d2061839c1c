df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE user RLIKE '^[a-d]') SELECT channel, bool_or(amount > 80) AS anyhuge, round(stddev_samp(amount), 4) AS sd FROM base GROUP BY channel HAVING count(*) > 1 ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
