df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE qty BETWEEN 1 AND 4 AND (amount > 10) = true) SELECT note2, max_by(user, amount) AS maxu FROM base GROUP BY note2")
OUTPUT_MODE = "complete"
