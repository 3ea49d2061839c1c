df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, max(struct(amount, user)).user AS topuser, round(sum(amount) / count(*), 2) AS per FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), region HAVING count(*) > 2")
OUTPUT_MODE = "append"
