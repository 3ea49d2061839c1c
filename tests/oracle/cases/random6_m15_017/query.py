df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc, length(user) % 3 AS ulen FROM events) ev WHERE channel <> 'store') SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, rc, round(stddev_samp(amount), 4) AS sd, bool_or(amount > 80) AS anyhuge, round(avg(amount), 3) AS avga FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), rc")
OUTPUT_MODE = "update"
