df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, user, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, max(struct(amount, user)).user AS topuser FROM events GROUP BY window(ts, '4 minutes'), user")
OUTPUT_MODE = "update"
