df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT date_trunc('MINUTE', ts) AS minute, round(amount / nullif(qty, 0), 3) AS unit, abs(qty - 3) AS dq FROM events WHERE channel <> 'store'")
OUTPUT_MODE = "append"
