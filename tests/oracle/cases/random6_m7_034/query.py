df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT regexp_replace(user, '[aeiou]', '*') AS masked, date_trunc('MINUTE', ts) AS minute, space(qty) AS sp, nvl2(note, 'y', 'n') AS hasnote, padded FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) e WHERE user LIKE '%e%'")
OUTPUT_MODE = "append"
