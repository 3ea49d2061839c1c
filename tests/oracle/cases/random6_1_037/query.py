df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross, date_format(ts, 'HH') AS hr FROM events) ev WHERE amount > 5 OR qty IS NULL) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, round(sum(amount) / count(*), 2) AS per, max(qty) - min(qty) AS qrange FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "update"
