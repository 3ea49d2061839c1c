df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, ch2, max(struct(amount, user)).user AS topuser, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), ch2 HAVING count(*) > 2")
OUTPUT_MODE = "append"
