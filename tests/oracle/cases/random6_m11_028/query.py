df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, sum(qty & 1) AS odd, sum(qty) FILTER (WHERE channel = 'web') AS webq, round(avg(amount), 3) AS avga FROM events GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "update"
