df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft, qty * 2 + 1 AS q2 FROM events) ev) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, max(named_struct('a', amount, 'u', user)).u AS top2, concat_ws('/', min(channel), max(channel)) AS span FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
