df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE channel <> 'store' AND amount IS NOT NULL) SELECT user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base GROUP BY 1 HAVING count(*) > 1 ORDER BY ones DESC NULLS LAST")
OUTPUT_MODE = "complete"
