df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, array_sort(collect_set(channel)) AS chans FROM events WHERE channel <> 'store' GROUP BY 1")
OUTPUT_MODE = "update"
