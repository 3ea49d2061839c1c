df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(struct(amount, user)).user AS topuser, round(stddev_samp(amount), 4) AS sd FROM events GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "update"
