df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, user, max(amount) AS maxa FROM (SELECT *, (amount > 50) = true AS big, '10' - qty AS qleft FROM events) ev WHERE channel <> 'store' AND amount IS NOT NULL GROUP BY window(ts, '10 minutes'), user HAVING count(*) > 2")
OUTPUT_MODE = "update"
