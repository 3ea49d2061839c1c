df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, concat_ws('/', min(channel), max(channel)) AS span, count(note) AS nnotes, max(struct(amount, user)).user AS topuser FROM events WHERE qty BETWEEN 1 AND 4 GROUP BY user HAVING count(*) > 2")
OUTPUT_MODE = "update"
