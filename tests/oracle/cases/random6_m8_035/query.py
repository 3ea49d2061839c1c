df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, channel, max(qty) - min(qty) AS qrange FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, coalesce(note, 'none') AS note2 FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) GROUP BY window(ts, '10 minutes'), channel")
OUTPUT_MODE = "update"
