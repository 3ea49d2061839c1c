df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ulen, round(avg(amount), 3) AS avga, round(sum(amount) / count(*), 2) AS per, max(amount) AS maxa FROM (SELECT *, round(amount * 1.2, 2) AS gross, length(user) % 3 AS ulen FROM events) ev GROUP BY ulen")
OUTPUT_MODE = "update"
