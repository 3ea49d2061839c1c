df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, regexp_replace(user, '[aeiou]', '*') AS masked, initcap(user) AS iu, split_part(concat(region, '.', channel), '.', 2) AS part FROM events WHERE channel <> 'store' AND NOT (region = 'apac' AND qty > 3)")
OUTPUT_MODE = "append"
