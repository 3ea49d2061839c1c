df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(struct(amount, user)).user AS topuser FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' GROUP BY user HAVING count(*) > 2")
OUTPUT_MODE = "update"
