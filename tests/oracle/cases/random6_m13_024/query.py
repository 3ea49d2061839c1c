df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT channel, round(stddev_samp(amount), 4) AS sd, sum(qty & 1) AS odd FROM base GROUP BY channel HAVING count(*) > 2 ORDER BY sd DESC NULLS LAST")
OUTPUT_MODE = "complete"
