df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max_by(user, amount) AS maxu FROM (SELECT *, amount > 20 AND qty > 1 AS hot, (amount > 50) = true AS big FROM events) ev WHERE region IN ('eu', 'us') GROUP BY channel")
OUTPUT_MODE = "update"
