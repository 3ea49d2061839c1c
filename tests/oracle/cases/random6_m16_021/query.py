df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND qty IN (2, 2)) SELECT region, max(amount) AS maxa FROM base GROUP BY 1")
OUTPUT_MODE = "update"
