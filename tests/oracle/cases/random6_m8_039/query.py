df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, region, approx_count_distinct(channel) AS acd, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM events WHERE amount > 5 OR qty IS NULL AND qty IN (2, 2) GROUP BY window(ts, '4 minutes'), region HAVING count(*) > 1")
OUTPUT_MODE = "update"
