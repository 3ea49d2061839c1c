df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(sum(amount), 2) AS suma FROM events WHERE qty BETWEEN 1 AND 4 GROUP BY ALL ORDER BY suma DESC NULLS LAST")
OUTPUT_MODE = "complete"
