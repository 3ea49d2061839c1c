df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, region, max_by(user, amount) AS maxu, count(DISTINCT user) AS du FROM events WHERE amount IS NOT NULL GROUP BY ALL")
OUTPUT_MODE = "append"
