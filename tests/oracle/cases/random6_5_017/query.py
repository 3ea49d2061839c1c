df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE channel <> 'store') SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, round(avg(amount), 3) AS avga FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "append"
