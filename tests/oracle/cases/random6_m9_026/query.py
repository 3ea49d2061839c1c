df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT date_trunc('MINUTE', ts) AS minute, (qty > 2) = false AS small, nvl2(note, 'y', 'n') AS hasnote, even FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) e WHERE qty BETWEEN 1 AND 4 AND (amount > 10) = true")
OUTPUT_MODE = "append"
