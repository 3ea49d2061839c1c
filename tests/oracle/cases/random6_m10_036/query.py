df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT space(qty) AS sp, qty & 2 AS b2, user FROM (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) UNION ALL SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30) u WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')")
OUTPUT_MODE = "append"
