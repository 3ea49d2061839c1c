df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, qbits, count_if(note IS NULL) AS nonote, approx_count_distinct(channel) AS acd FROM (SELECT *, concat(space(qty % 3), user) AS padded, qty & 3 AS qbits FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND NOT (region = 'apac' AND qty > 3) GROUP BY window(ts, '4 minutes'), qbits")
OUTPUT_MODE = "update"
