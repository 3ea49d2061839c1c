df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, region, round(avg(amount), 3) AS avga, max_by(user, amount) AS maxu FROM events GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "append"
