df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, region, round(avg(amount), 3) AS avga FROM events WHERE user LIKE '%e%' AND region IN ('eu', 'us') GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "append"
