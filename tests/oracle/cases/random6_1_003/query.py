df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, bool_or(amount > 80) AS anyhuge FROM events WHERE region IN ('eu', 'us') AND amount IS NOT NULL GROUP BY 1")
OUTPUT_MODE = "complete"
