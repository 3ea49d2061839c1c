df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, region, max_by(user, amount) AS maxu, count(*) AS cnt FROM events WHERE channel <> 'store' AND amount IS NOT NULL GROUP BY window(ts, '4 minutes'), region")
OUTPUT_MODE = "append"
