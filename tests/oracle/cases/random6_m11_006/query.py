df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, approx_count_distinct(channel) AS acd, max_by(user, amount) AS maxu, round(sum(amount), 2) AS suma FROM (SELECT *, amount > 20 AND qty > 1 AS hot, round(amount * 1.2, 2) AS gross FROM events) ev WHERE amount > 5 OR qty IS NULL AND qty BETWEEN 1 AND 4 GROUP BY 1")
OUTPUT_MODE = "update"
