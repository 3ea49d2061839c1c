df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT id, (qty > 2) = false AS small, qty & 2 AS b2, ts + INTERVAL 1 HOUR AS later, big FROM (SELECT *, (amount > 50) = true AS big FROM events) e")
OUTPUT_MODE = "append"
