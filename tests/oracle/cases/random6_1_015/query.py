df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT initial, count(*) AS cnt FROM (SELECT *, concat(region, ':', channel) AS rc, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND amount IS NOT NULL GROUP BY initial")
OUTPUT_MODE = "update"
