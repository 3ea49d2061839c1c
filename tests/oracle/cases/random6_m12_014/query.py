df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE qty IN (2, 2) AND channel <> 'store') SELECT channel, concat_ws('/', min(channel), max(channel)) AS span, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base GROUP BY channel")
OUTPUT_MODE = "update"
