df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, (amount > 50) = true AS big FROM events) ev WHERE region IN ('eu', 'us')) SELECT channel, concat_ws('/', min(channel), max(channel)) AS span, last(qty) FILTER (WHERE amount > 20) AS lq, count_if(note IS NULL) AS nonote FROM base GROUP BY channel ORDER BY span DESC NULLS LAST")
OUTPUT_MODE = "complete"
