df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, nvl2(note, 'y', 'n') AS hasnote, qty & 2 AS b2 FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' UNION ALL SELECT * FROM events WHERE (amount > 10) = true) u")
OUTPUT_MODE = "append"
