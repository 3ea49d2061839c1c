df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, count_if(note IS NULL) AS nonote, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM events GROUP BY window(ts, '10 minutes'), channel")
OUTPUT_MODE = "update"
