df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, channel, concat_ws('/', min(channel), max(channel)) AS span, min(user) AS minu FROM events WHERE amount IS NOT NULL GROUP BY window(ts, '4 minutes'), channel")
OUTPUT_MODE = "append"
