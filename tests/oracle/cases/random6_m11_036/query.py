df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, round(avg(amount), 3) AS avga FROM events WHERE user RLIKE '^[a-d]' GROUP BY 1")
OUTPUT_MODE = "update"
