df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, round(avg(amount), 3) AS avga, min(user) AS minu FROM events WHERE channel <> 'store' GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "append"
