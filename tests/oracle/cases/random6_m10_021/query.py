df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT (qty > 2) = false AS small, abs(qty - 3) AS dq, id, qleft FROM (SELECT *, '10' - qty AS qleft FROM events) e WHERE qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
