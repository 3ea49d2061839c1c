df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE NOT (region = 'apac' AND qty > 3)) SELECT initial, max(struct(amount, user)).user AS topuser FROM base GROUP BY 1")
OUTPUT_MODE = "update"
