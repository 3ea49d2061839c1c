df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT id, regexp_replace(user, '[aeiou]', '*') AS masked FROM (SELECT * FROM events WHERE user LIKE '%e%' UNION ALL SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30) u WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND qty IN (2, 2)")
OUTPUT_MODE = "append"
