df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max(struct(amount, user)).user AS topuser, max_by(user, amount) AS maxu, first(amount) FILTER (WHERE channel = 'web') AS fweb FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY channel")
OUTPUT_MODE = "update"
