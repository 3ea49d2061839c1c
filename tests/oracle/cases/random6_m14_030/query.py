df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT qty & 2 AS b2, nvl2(note, 'y', 'n') AS hasnote, qleft FROM (SELECT *, '10' - qty AS qleft FROM events) e WHERE coalesce(note, '') NOT LIKE 'x%' AND channel <> 'store'")
OUTPUT_MODE = "append"
