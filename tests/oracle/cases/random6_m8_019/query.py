df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT initial, round(sum(amount), 2) AS suma, sum(qty & 1) AS odd, max(struct(amount, user)).user AS topuser FROM (SELECT *, amount > 20 AND qty > 1 AS hot, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE amount IS NOT NULL AND qty IN (2, 2) GROUP BY initial")
OUTPUT_MODE = "update"
