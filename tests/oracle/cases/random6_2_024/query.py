df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(struct(amount, user)).user AS topuser FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE channel <> 'store' AND NOT (region = 'apac' AND qty > 3) GROUP BY 1")
OUTPUT_MODE = "complete"
