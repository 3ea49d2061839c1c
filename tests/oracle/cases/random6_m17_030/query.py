df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE amount IS NOT NULL AND amount > 5 OR qty IS NULL) SELECT window(ts, '4 minutes').start AS wstart, region, first(amount) FILTER (WHERE channel = 'web') AS fweb, last(qty) FILTER (WHERE amount > 20) AS lq, round(sum(amount) / count(*), 2) AS per FROM base GROUP BY window(ts, '4 minutes'), region HAVING count(*) > 2")
OUTPUT_MODE = "update"
