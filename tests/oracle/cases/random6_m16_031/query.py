df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, min(user) AS minu, max(struct(amount, user)).user AS topuser FROM events WHERE channel <> 'store' GROUP BY ALL")
OUTPUT_MODE = "complete"
