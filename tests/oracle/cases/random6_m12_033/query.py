df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "append"
