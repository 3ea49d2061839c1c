df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2, qty & 3 AS qbits FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%') SELECT qbits, count_if(note IS NULL) AS nonote, bool_or(amount > 80) AS anyhuge FROM base GROUP BY qbits")
OUTPUT_MODE = "update"
