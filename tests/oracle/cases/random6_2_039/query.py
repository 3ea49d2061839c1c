df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(sum(amount) / count(*), 2) AS per, max(struct(amount, user)).user AS topuser FROM events WHERE user RLIKE '^[a-d]' GROUP BY user ORDER BY per DESC NULLS LAST")
OUTPUT_MODE = "complete"
