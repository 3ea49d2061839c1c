df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, abs(qty - 3) AS dq, q2 FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) e WHERE coalesce(note, '') NOT LIKE 'x%'")
OUTPUT_MODE = "append"
