df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT abs(qty - 3) AS dq, date_trunc('MINUTE', ts) AS minute, user, hot FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) e WHERE region IN ('eu', 'us')")
OUTPUT_MODE = "append"
