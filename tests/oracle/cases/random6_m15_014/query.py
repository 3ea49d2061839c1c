df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, user, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev GROUP BY window(ts, '10 minutes'), user")
OUTPUT_MODE = "append"
