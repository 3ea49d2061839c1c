df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT region, array_sort(collect_set(channel)) AS chans, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM base GROUP BY 1")
OUTPUT_MODE = "update"
