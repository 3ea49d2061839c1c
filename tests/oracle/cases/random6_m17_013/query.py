df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, count_if(note IS NULL) AS nonote FROM (SELECT *, amount > 20 AND qty > 1 AS hot, qty & 3 AS qbits FROM events) ev WHERE amount IS NOT NULL AND user RLIKE '^[a-d]' GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "append"
