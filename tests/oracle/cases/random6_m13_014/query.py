df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT (qty > 2) = false AS small, user IN ('bob', 'bob') AS isbob, even FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) e")
OUTPUT_MODE = "append"
