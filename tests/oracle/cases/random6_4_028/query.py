df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, count(*) FILTER (WHERE amount > 50) AS nbig, array_sort(collect_set(channel)) AS chans FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE amount IS NOT NULL AND user RLIKE '^[a-d]' GROUP BY ALL")
OUTPUT_MODE = "update"
