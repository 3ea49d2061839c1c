df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev) SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "complete"
