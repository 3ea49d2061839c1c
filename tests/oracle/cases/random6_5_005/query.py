df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, round(amount / nullif(qty, 0), 3) AS unit FROM (SELECT * FROM events WHERE qty BETWEEN 1 AND 4 UNION ALL SELECT * FROM events WHERE region IN ('eu', 'us')) u WHERE amount IS NOT NULL")
OUTPUT_MODE = "append"
