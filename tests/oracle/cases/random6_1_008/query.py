df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT round(amount / nullif(qty, 0), 3) AS unit, upper(region) AS r, abs(qty - 3) AS dq FROM events WHERE amount IS NOT NULL AND NOT (region = 'apac' AND qty > 3)")
OUTPUT_MODE = "append"
