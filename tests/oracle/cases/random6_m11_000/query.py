df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT window(ts, '10 minutes') AS w, user, count(note) AS nnotes FROM base GROUP BY window(ts, '10 minutes'), user HAVING count(*) > 2")
OUTPUT_MODE = "complete"
