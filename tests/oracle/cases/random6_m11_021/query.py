df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user IN ('bob', 'bob') AS isbob, ts + INTERVAL 1 HOUR AS later, abs(qty - 3) AS dq FROM events WHERE qty IN (2, 2)")
OUTPUT_MODE = "append"
