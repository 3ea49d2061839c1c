df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, count(note) AS nnotes, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND user RLIKE '^[a-d]' GROUP BY region")
OUTPUT_MODE = "update"
