df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, region, count_if(note IS NULL) AS nonote FROM events WHERE NOT (region = 'apac' AND qty > 3) AND named_struct('a', amount, 'u', user).a > 30 GROUP BY window(ts, '10 minutes', '5 minutes'), region ORDER BY nonote DESC NULLS LAST")
OUTPUT_MODE = "complete"
