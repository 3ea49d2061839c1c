df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, round(sum(amount) / count(*), 2) AS per, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev GROUP BY ALL HAVING count(*) > 2")
OUTPUT_MODE = "append"
