df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, q2, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, qty * 2 + 1 AS q2, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY window(ts, '4 minutes'), q2")
OUTPUT_MODE = "update"
