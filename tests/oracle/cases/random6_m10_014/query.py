df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, count_if(note IS NULL) AS nonote, concat_ws('/', min(channel), max(channel)) AS span, round(avg(amount), 3) AS avga FROM events GROUP BY user")
OUTPUT_MODE = "update"
