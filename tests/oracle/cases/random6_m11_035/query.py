df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT regexp_replace(user, '[aeiou]', '*') AS masked, nvl2(note, 'y', 'n') AS hasnote, date_trunc('MINUTE', ts) AS minute, user, gross FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) e WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')")
OUTPUT_MODE = "append"
