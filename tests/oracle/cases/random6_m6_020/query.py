df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY region ORDER BY howmany DESC NULLS LAST")
OUTPUT_MODE = "complete"
