df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, big, round(avg(amount), 3) AS avga, sum(qty & 1) AS odd, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, (amount > 50) = true AS big, round(amount * 1.2, 2) AS gross FROM events) ev GROUP BY window(ts, '4 minutes'), big")
OUTPUT_MODE = "append"
