df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE qty BETWEEN 1 AND 4 GROUP BY user")
OUTPUT_MODE = "update"
