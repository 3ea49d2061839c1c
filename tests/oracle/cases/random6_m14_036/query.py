df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) FILTER (WHERE amount > 50) AS nbig, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, array_sort(collect_set(channel)) AS chans FROM events WHERE user LIKE '%e%' AND amount IS NOT NULL GROUP BY user HAVING count(*) > 2 ORDER BY nbig DESC NULLS LAST")
OUTPUT_MODE = "complete"
