df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, user, round(stddev_samp(amount), 4) AS sd, max(struct(amount, user)).user AS topuser FROM events WHERE NOT (region = 'apac' AND qty > 3) GROUP BY window(ts, '10 minutes'), user HAVING count(*) > 1")
OUTPUT_MODE = "append"
