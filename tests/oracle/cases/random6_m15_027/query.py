df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, user IN ('bob', 'bob') AS isbob, q2 FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) e WHERE user LIKE '%e%' AND qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
