df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE (amount > 10) = true) SELECT window(ts, '4 minutes').start AS wstart, region, round(sum(amount), 2) AS suma, count(note) AS nnotes, concat_ws('/', min(channel), max(channel)) AS span FROM base GROUP BY window(ts, '4 minutes'), region HAVING count(*) > 2")
OUTPUT_MODE = "update"
