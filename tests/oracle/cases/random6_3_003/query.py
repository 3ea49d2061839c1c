df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, count(*) FILTER (WHERE amount > 50) AS nbig, count(*) AS cnt, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM events GROUP BY region HAVING count(*) > 2")
OUTPUT_MODE = "update"
