df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ulen, count(note) AS nnotes, count_if(note IS NULL) AS nonote, round(avg(amount), 3) AS avga FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev GROUP BY ulen HAVING count(*) > 1")
OUTPUT_MODE = "update"
