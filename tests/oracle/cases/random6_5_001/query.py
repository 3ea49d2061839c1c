df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, count_if(note IS NULL) AS nonote, max(amount) AS maxa FROM (SELECT *, coalesce(note, 'none') AS note2, concat(region, ':', channel) AS rc FROM events) ev WHERE user RLIKE '^[a-d]' GROUP BY 1")
OUTPUT_MODE = "update"
