df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, bool_or(amount > 80) AS anyhuge, round(avg(amount), 3) AS avga FROM events WHERE channel <> 'store' GROUP BY user ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
