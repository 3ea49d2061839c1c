df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE channel <> 'store') SELECT window(ts, '4 minutes') AS w, channel, count(*) FILTER (WHERE amount > 50) AS nbig, round(sum(amount), 2) AS suma FROM base GROUP BY window(ts, '4 minutes'), channel")
OUTPUT_MODE = "append"
