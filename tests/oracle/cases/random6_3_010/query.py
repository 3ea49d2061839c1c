df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, min(user) AS minu FROM (SELECT *, round(amount * 1.2, 2) AS gross, concat(region, ':', channel) AS rc FROM events) ev GROUP BY ALL")
OUTPUT_MODE = "update"
