df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, user, bool_or(amount > 80) AS anyhuge FROM events GROUP BY window(ts, '10 minutes'), user HAVING count(*) > 2 ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
