df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, max(amount) AS maxa, first(user, true) AS fu FROM events WHERE channel <> 'store' AND user LIKE '%e%' GROUP BY user ORDER BY howmany DESC NULLS LAST")
OUTPUT_MODE = "complete"
