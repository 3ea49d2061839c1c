df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(avg(amount), 3) AS avga FROM events WHERE (qty | 1) = 3 AND NOT (region = 'apac' AND qty > 3) GROUP BY user")
OUTPUT_MODE = "update"
