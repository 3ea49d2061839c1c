df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE user LIKE '%e%' AND '3' < qty) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, user, count_if(note IS NULL) AS nonote FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), user ORDER BY nonote DESC NULLS LAST")
OUTPUT_MODE = "complete"
