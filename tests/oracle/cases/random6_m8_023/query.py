df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user IN ('bob', 'bob') AS isbob, (qty > 2) = false AS small, id, abs(qty - 3) AS dq FROM (SELECT * FROM events WHERE (amount > 10) = true UNION ALL SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3)) u WHERE amount > 5 OR qty IS NULL")
OUTPUT_MODE = "append"
