df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, abs(qty - 3) AS dq FROM (SELECT * FROM events WHERE amount > 5 OR qty IS NULL UNION ALL SELECT * FROM events WHERE amount IS NOT NULL) u WHERE user LIKE '%e%'")
OUTPUT_MODE = "append"
