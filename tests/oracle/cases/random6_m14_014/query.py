df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE qty BETWEEN 1 AND 4) SELECT window(ts, '10 minutes').start AS wstart, region, concat_ws('/', min(channel), max(channel)) AS span, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, round(sum(amount) / count(*), 2) AS per FROM base GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "update"
