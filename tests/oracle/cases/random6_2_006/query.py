df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, region, max(amount) AS maxa FROM events WHERE amount > 5 OR qty IS NULL GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "append"
