df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT id, upper(region) AS r, ts + INTERVAL 1 HOUR AS later, abs(qty - 3) AS dq, q2 FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) e")
OUTPUT_MODE = "append"
