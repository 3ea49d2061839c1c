df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(avg(amount), 3) AS avga FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev WHERE amount > 5 OR qty IS NULL GROUP BY user ORDER BY avga DESC NULLS LAST")
OUTPUT_MODE = "complete"
