df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT initcap(user) AS iu, regexp_replace(user, '[aeiou]', '*') AS masked, qty & 2 AS b2, space(qty) AS sp FROM (SELECT * FROM events WHERE qty BETWEEN 1 AND 4 UNION ALL SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30) u WHERE amount > 5 OR qty IS NULL")
OUTPUT_MODE = "append"
