df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, approx_count_distinct(channel) AS acd FROM events GROUP BY region")
OUTPUT_MODE = "update"
