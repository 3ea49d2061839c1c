df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, user, count(*) FILTER (WHERE amount > 50) AS nbig, bool_or(amount > 80) AS anyhuge FROM events WHERE qty BETWEEN 1 AND 4 GROUP BY window(ts, '4 minutes'), user")
OUTPUT_MODE = "append"
