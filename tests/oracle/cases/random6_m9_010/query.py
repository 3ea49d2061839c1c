df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, padded, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev GROUP BY window(ts, '4 minutes'), padded")
OUTPUT_MODE = "update"
