df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(note) AS nnotes FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev GROUP BY user")
OUTPUT_MODE = "update"
