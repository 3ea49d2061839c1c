df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT (qty > 2) = false AS small, ts + INTERVAL 1 HOUR AS later, round(amount / nullif(qty, 0), 3) AS unit, upper(region) AS r, qbits FROM (SELECT *, qty & 3 AS qbits FROM events) e WHERE '3' < qty")
OUTPUT_MODE = "append"
