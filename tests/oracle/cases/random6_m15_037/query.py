df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, round(amount * 1.2, 2) AS gross FROM events) ev) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, sum(qty & 1) AS odd, max(amount) AS maxa FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
