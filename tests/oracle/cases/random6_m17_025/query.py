df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, channel, count(*) AS cnt, count_if(note IS NULL) AS nonote, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE region IN ('eu', 'us') GROUP BY window(ts, '10 minutes'), channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
