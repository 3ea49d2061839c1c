df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, channel, min(user) AS minu, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM events GROUP BY window(ts, '4 minutes'), channel")
OUTPUT_MODE = "append"
