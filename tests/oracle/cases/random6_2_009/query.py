df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT id, round(amount / nullif(qty, 0), 3) AS unit, split_part(concat(region, '.', channel), '.', 2) AS part FROM (SELECT * FROM events WHERE user RLIKE '^[a-d]' UNION ALL SELECT * FROM events WHERE channel <> 'store') u")
OUTPUT_MODE = "append"
