df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max(struct(amount, user)).user AS topuser FROM events WHERE user LIKE '%e%' GROUP BY channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
